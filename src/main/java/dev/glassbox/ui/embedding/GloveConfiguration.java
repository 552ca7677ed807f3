package dev.glassbox.ui.embedding;

import dev.glassbox.model.embedding.GloveVectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's one set of GloVe word vectors, injected into the embeddings lesson, its home card and its endpoint. */
@Configuration(proxyBeanMethods = false)
class GloveConfiguration {

    /** Shares the read started at start-up ({@link GloveVectors#loadInBackground()}), so the app holds one copy. */
    @Bean
    GloveVectors gloveVectors() {
        return GloveVectors.loadInBackground().join();
    }
}
