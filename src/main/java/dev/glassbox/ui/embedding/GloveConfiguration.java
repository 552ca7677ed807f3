package dev.glassbox.ui.embedding;

import dev.glassbox.model.embedding.GloveVectors;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's one set of GloVe word vectors, injected into the embeddings lesson, its home card and its endpoint. */
@Configuration(proxyBeanMethods = false)
class GloveConfiguration {

    private static final Log LOG = LogFactory.getLog(GloveConfiguration.class);

    /** Read once at start-up (about half a second). */
    @Bean
    GloveVectors gloveVectors() {
        GloveVectors glove = GloveVectors.load();
        LOG.info(String.format(Locale.ROOT, "GloVe vectors ready: %,d words × %d dimensions, read in %.0f ms",
                glove.size(), glove.dimensions(), glove.loadMillis()));
        return glove;
    }
}
