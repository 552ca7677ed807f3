package dev.glassbox.model.lstm;

import dev.glassbox.model.math.SizedCache;
import java.util.function.Supplier;

/**
 * The most recent {@link LstmReading}s, keyed by text and what-if, least recently used evicted first and bounded by
 * the bytes their arrays hold: a class reads the same few sentences, and a learner who moves to another step of the
 * same sentence needs the same reading again. Readings are never changed once made, so they can be shared. A reading
 * holds numbers and the learner's characters only, never a sentence in some language: pages in English and in Spanish
 * share it, and each writes its own labels and explanations from it ({@link LstmReading#trace(int,
 * dev.glassbox.model.lesson.Language)}).
 */
final class ReadingCache {

    private record Key(String text, WhatIf whatIf) {
    }

    private final SizedCache<Key, LstmReading> readings;

    ReadingCache(long maxBytes) {
        this.readings = new SizedCache<>(maxBytes, ReadingCache::bytes);
    }

    /** The reading of {@code text} with {@code whatIf}, made by {@code read} on a miss. */
    LstmReading get(String text, WhatIf whatIf, Supplier<LstmReading> read) {
        return readings.get(new Key(text, whatIf), read);
    }

    int size() {
        return readings.size();
    }

    long bytes() {
        return readings.bytes();
    }

    /** The bytes of the double arrays a reading holds: per step 12 vectors of H, and logits and p of V. */
    static long bytes(LstmReading reading) {
        long t = reading.size();
        long h = t == 0 ? 0 : reading.step(0).h().length;
        long v = t == 0 ? 0 : reading.probabilities(0).length;
        return Double.BYTES * t * (12 * h + 2 * v);
    }
}
