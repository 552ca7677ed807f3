package dev.glassbox.model.math;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The most recently used values by key, the least recently used evicted first, bounded by the bytes their arrays hold
 * ({@code sizeOf}): a class reads the same few sentences, so one learner's result serves the others. Values are never
 * changed once made, so every caller shares them. A value is computed outside the lock (two callers missing the same
 * key at once both compute it, and the first is kept); a value larger than the whole bound is returned but not kept.
 */
public final class SizedCache<K, V> {

    private final long maxBytes;
    private final ToLongFunction<V> sizeOf;
    private final LinkedHashMap<K, V> values = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public SizedCache(long maxBytes, ToLongFunction<V> sizeOf) {
        this.maxBytes = maxBytes;
        this.sizeOf = sizeOf;
    }

    /** The value for {@code key}, made by {@code compute} on a miss. */
    public V get(K key, Supplier<V> compute) {
        synchronized (this) {
            V hit = values.get(key);
            if (hit != null) {
                return hit;
            }
        }
        V value = compute.get();
        long size = sizeOf.applyAsLong(value);
        synchronized (this) {
            if (size <= maxBytes && !values.containsKey(key)) {
                values.put(key, value);
                bytes += size;
                Iterator<Map.Entry<K, V>> oldest = values.entrySet().iterator();
                while (bytes > maxBytes && oldest.hasNext()) {
                    bytes -= sizeOf.applyAsLong(oldest.next().getValue());
                    oldest.remove();
                }
            }
        }
        return value;
    }

    public synchronized int size() {
        return values.size();
    }

    public synchronized long bytes() {
        return bytes;
    }
}
