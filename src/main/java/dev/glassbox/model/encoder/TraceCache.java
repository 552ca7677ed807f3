package dev.glassbox.model.encoder;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently read sentences' {@link EncoderRun}s, least recently used evicted first, bounded by the bytes
 * their arrays hold (a whole class often reads the same sentence).
 */
public final class TraceCache {

    private final long maxBytes;
    private final LinkedHashMap<String, EncoderRun> runs = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public TraceCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The run for {@code input}, computing it with {@code compute} on a miss. */
    public EncoderRun get(EncoderInput input, Supplier<EncoderRun> compute) {
        String key = input.key();
        synchronized (this) {
            EncoderRun hit = runs.get(key);
            if (hit != null) {
                return hit;
            }
        }
        EncoderRun run = compute.get();
        long size = bytes(run);
        synchronized (this) {
            if (size <= maxBytes && !runs.containsKey(key)) {
                runs.put(key, run);
                bytes += size;
                Iterator<Map.Entry<String, EncoderRun>> oldest = runs.entrySet().iterator();
                while (bytes > maxBytes && oldest.hasNext()) {
                    bytes -= bytes(oldest.next().getValue());
                    oldest.remove();
                }
            }
        }
        return run;
    }

    public synchronized int size() {
        return runs.size();
    }

    public synchronized long bytes() {
        return bytes;
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
