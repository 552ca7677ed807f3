package dev.glassbox;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the models' files (GloVe, WordPiece's and GPT-2's vocabularies, the LSTM, the decoder, the translator), each
 * on its own thread, from the moment the application context is created, while Spring, Tomcat and Vaadin start on
 * the main thread; the bean of each model takes the one read here and waits only for that one. Registered in
 * {@code META-INF/spring.factories}. Without it (or when a model was already taken) a bean reads its model itself.
 */
public final class ModelPreload implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<Class<?>, CompletableFuture<?>> READING = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start(GloveVectors.class, GloveVectors::load);
        start(WordPieceTokenizer.class, WordPieceTokenizer::minilm);
        start(BytePairTokenizer.class, BytePairTokenizer::r50k);
        start(CharLstm.class, CharLstm::load);
        start(CharDecoder.class, CharDecoder::load);
        start(Seq2SeqTransformer.class, Seq2SeqTransformer::load);
    }

    private static <T> void start(Class<T> type, Supplier<T> load) {
        CompletableFuture<T> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reading.complete(load.get());
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "read-" + type.getSimpleName());
        thread.setDaemon(true);
        READING.put(type, reading);
        thread.start();
    }

    /** The model read in the background if there is one waiting, otherwise {@code load}'s. */
    public static <T> T take(Class<T> type, Supplier<T> load) {
        CompletableFuture<?> reading = READING.remove(type);
        if (reading == null) {
            return load.get();
        }
        try {
            return type.cast(reading.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
