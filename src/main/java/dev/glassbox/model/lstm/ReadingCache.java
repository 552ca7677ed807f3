package dev.glassbox.model.lstm;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recent {@link LstmReading}s, keyed by text and what-if, least recently used evicted first and bounded by
 * the bytes their arrays hold: a class reads the same few sentences, and a learner who moves to another step of the
 * same sentence needs the same reading again. Readings are never changed once made, so they can be shared.
 */
final class ReadingCache {

    private record Key(String text, WhatIf whatIf) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, LstmReading> readings = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    ReadingCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The reading of {@code text} with {@code whatIf}, made by {@code read} on a miss. */
    LstmReading get(String text, WhatIf whatIf, Supplier<LstmReading> read) {
        Key key = new Key(text, whatIf);
        synchronized (this) {
            LstmReading hit = readings.get(key);
            if (hit != null) {
                return hit;
            }
        }
        LstmReading reading = read.get();
        long size = bytes(reading);
        synchronized (this) {
            if (size <= maxBytes && !readings.containsKey(key)) {
                readings.put(key, reading);
                bytes += size;
                Iterator<Map.Entry<Key, LstmReading>> oldest = readings.entrySet().iterator();
                while (bytes > maxBytes && oldest.hasNext()) {
                    bytes -= bytes(oldest.next().getValue());
                    oldest.remove();
                }
            }
        }
        return reading;
    }

    synchronized int size() {
        return readings.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** The bytes of the double arrays a reading holds: per step 12 vectors of H, and logits and p of V. */
    static long bytes(LstmReading reading) {
        long t = reading.size();
        long h = t == 0 ? 0 : reading.step(0).h().length;
        long v = t == 0 ? 0 : reading.probabilities(0).length;
        return Double.BYTES * t * (12 * h + 2 * v);
    }
}
