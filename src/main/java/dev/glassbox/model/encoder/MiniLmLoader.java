package dev.glassbox.model.encoder;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Loads {@link MiniLmEncoder} once, on a background thread, so that everything else answers at once; keeps the
 * time it took and a bounded {@link TraceCache} of recent sentences.
 */
public final class MiniLmLoader {

    /** Thrown when the model is not ready within the time a caller can wait. */
    public static final class NotReadyException extends RuntimeException {
        NotReadyException(String sentence) {
            super(sentence);
        }
    }

    private final Supplier<MiniLmEncoder> source;
    private final CompletableFuture<MiniLmEncoder> model = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final TraceCache cache;
    private volatile long startNanos;
    private volatile long loadMillis = -1;

    public MiniLmLoader(Supplier<MiniLmEncoder> source, long cacheBytes) {
        this.source = source;
        this.cache = new TraceCache(cacheBytes);
    }

    /** Starts loading (once). */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        startNanos = System.nanoTime();
        Thread thread = new Thread(() -> {
            try {
                MiniLmEncoder encoder = source.get();
                loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
                model.complete(encoder);
            } catch (Throwable e) {
                model.completeExceptionally(e);
            }
        }, "minilm-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The model, if it has finished loading. */
    public Optional<MiniLmEncoder> ready() {
        return model.isDone() && !model.isCompletedExceptionally() ? Optional.of(model.join()) : Optional.empty();
    }

    public boolean failed() {
        return model.isCompletedExceptionally();
    }

    /** The model, waiting for it at most {@code timeout}. */
    public MiniLmEncoder await(Duration timeout) {
        start();
        try {
            return model.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NotReadyException(progress() + " Please try again in a few seconds.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReadyException("The model was still loading; please try again.");
        } catch (ExecutionException e) {
            throw new NotReadyException("The model could not be loaded, so this lesson is not available.");
        }
    }

    /** One sentence on where loading stands. */
    public String progress() {
        return progress(Language.ENGLISH);
    }

    /** The same in {@code language}. */
    public String progress(Language language) {
        LessonText text = LessonText.of(EncoderRun.CONCEPT, language);
        if (failed()) {
            return EncoderRun.line(text, "load-failed");
        }
        if (ready().isPresent()) {
            return EncoderRun.line(text, "loaded", "model", MiniLmEncoder.NAME, "millis", loadMillis);
        }
        long seconds = started.get() ? TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos) : 0;
        return EncoderRun.line(text, "loading", "model", MiniLmEncoder.NAME, "seconds", seconds);
    }

    /** How long loading took, or −1 while loading. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Reads {@code input}, from the cache when the same tokens were read recently. */
    public EncoderRun run(MiniLmEncoder encoder, EncoderInput input) {
        return cache.get(input, () -> encoder.run(input.tokens(), input.ids()));
    }

    public TraceCache cache() {
        return cache;
    }
}
