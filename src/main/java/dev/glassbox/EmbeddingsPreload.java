package dev.glassbox;

import dev.glassbox.model.embedding.GloveVectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts reading the word vectors in the background as soon as the app is up, so the first lesson is quick. */
@Component
class EmbeddingsPreload {

    private static final Log LOG = LogFactory.getLog(EmbeddingsPreload.class);

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        GloveVectors.loadInBackground().thenAccept(g -> {
            Runtime rt = Runtime.getRuntime();
            LOG.info(String.format(java.util.Locale.ROOT, "GloVe vectors ready: %,d words × %d dimensions, read in %.0f ms (heap in use %d MB)",
                    g.size(), g.dimensions(), g.loadMillis(), (rt.totalMemory() - rt.freeMemory()) >> 20));
        });
    }
}
