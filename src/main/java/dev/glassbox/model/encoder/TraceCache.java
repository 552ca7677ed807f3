package dev.glassbox.model.encoder;

import dev.glassbox.model.math.SizedCache;
import java.util.function.Supplier;

/**
 * The most recently read sentences' {@link EncoderRun}s, least recently used evicted first, bounded by the bytes
 * their arrays hold (a whole class often reads the same sentence).
 */
public final class TraceCache {

    private final SizedCache<String, EncoderRun> runs;

    public TraceCache(long maxBytes) {
        this.runs = new SizedCache<>(maxBytes, TraceCache::bytes);
    }

    /** The run for {@code input}, computing it with {@code compute} on a miss. */
    public EncoderRun get(EncoderInput input, Supplier<EncoderRun> compute) {
        return runs.get(input.key(), compute);
    }

    public int size() {
        return runs.size();
    }

    public long bytes() {
        return runs.bytes();
    }

    /** The bytes of the float arrays a run holds (array headers and small vectors left out). */
    public static long bytes(EncoderRun run) {
        long t = run.size();
        long d = MiniLmEncoder.D_MODEL;
        long perLayer = 3 * t * d            // q, k, v
                + 2L * MiniLmEncoder.HEADS * t * t // scores, weights
                + 4 * t * d                  // concat, output, residual1, norm1.y
                + 2 * t * MiniLmEncoder.D_FF // hidden, activated
                + 3 * t * d;                 // ffn output, residual2, norm2.y
        long embeddings = 5 * t * d;
        return Float.BYTES * (embeddings + MiniLmEncoder.LAYERS * perLayer);
    }
}
