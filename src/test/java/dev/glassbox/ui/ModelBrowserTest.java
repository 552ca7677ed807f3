package dev.glassbox.ui;

import dev.glassbox.model.encoder.MiniLmLoader;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser test of views that need the transformer: the model loads in the background from start-up, and these
 * tests start once it has (so a slow machine makes them wait, never fail).
 */
public abstract class ModelBrowserTest extends BrowserTest {

    /** How long start-up may take to load all-MiniLM-L6-v2 on a busy machine. */
    protected static final Duration MODEL_LOAD = Duration.ofMinutes(3);

    @Autowired
    protected MiniLmLoader loader;

    @BeforeAll
    void modelLoaded() {
        loader.await(MODEL_LOAD);
    }
}
