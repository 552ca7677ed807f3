package dev.glassbox.model.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadingCacheTest {

    @Test
    void aTextReadAgainIsTheSameReadingAndEqualsAFreshOne() {
        CharLstm lstm = CharLstm.load();
        LstmReading first = lstm.read("Call me Ishmael.", WhatIf.NONE);
        LstmReading again = lstm.read("Call me Ishmael.", WhatIf.NONE);
        assertSame(first, again);
        // Another instance has its own cache: a fresh reading, which must hold the same numbers.
        LstmReading fresh = CharLstm.load().read("Call me Ishmael.", WhatIf.NONE);
        assertNotSame(first, fresh);
        for (int t = 0; t < first.size(); t++) {
            assertArrayEquals(fresh.step(t).h(), first.step(t).h(), 0.0);
            assertArrayEquals(fresh.probabilities(t), first.probabilities(t), 0.0);
        }
        LstmReading noForget = lstm.read("Call me Ishmael.", new WhatIf(WhatIf.Forget.ZERO, false));
        assertNotSame(first, noForget);
        assertEquals(2, lstm.cached());
    }

    @Test
    void oneSharedReadingIsExplainedInTheLanguageOfEachPageThatAsks() {
        CharLstm lstm = CharLstm.load();
        LstmReading english = lstm.read("Caf\u00e9", WhatIf.NONE);
        LstmReading spanish = lstm.read("Caf\u00e9", WhatIf.NONE);
        assertSame(english, spanish); // one reading for both pages
        LessonText es = LessonText.of("lstm", Language.SPANISH);
        // asked in Spanish after English, then in English again: each gets its own words, none is kept in the reading
        assertEquals("Forget gate f", english.trace(3, Language.ENGLISH).step(LstmReading.F).title());
        assertEquals(es.plain("trace-f-title"), spanish.trace(3, Language.SPANISH).step(LstmReading.F).title());
        assertEquals("Puerta de olvido f", spanish.trace(3, Language.SPANISH).step(LstmReading.F).title());
        assertEquals("Forget gate f", english.trace(3).step(LstmReading.F).title());
        // "é" is not among the network's characters (LstmCellTest): its label says so in each language
        assertEquals("é (unknown)", english.label(3));
        assertEquals("é (desconocido)", spanish.label(3, Language.SPANISH));
        assertEquals("é (unknown)", english.label(3, Language.ENGLISH));
        assertEquals(1, lstm.cached());
    }

    @Test
    void keepsAtMostItsBytesDroppingTheLeastRecentlyUsed() {
        LstmReading a = SyntheticReadings.of("ab", new double[2][4]);
        long one = ReadingCache.bytes(a);
        // 2 steps × (12 vectors of 4 + 2 of 30: the 29 characters and the unknown one) doubles, counted by hand
        assertEquals(8L * 2 * (12 * 4 + 2 * 30), one);
        ReadingCache cache = new ReadingCache(2 * one);
        AtomicInteger reads = new AtomicInteger();
        cache.get("ab", WhatIf.NONE, () -> { reads.incrementAndGet(); return a; });
        cache.get("cd", WhatIf.NONE, () -> { reads.incrementAndGet(); return SyntheticReadings.of("cd", new double[2][4]); });
        cache.get("ab", WhatIf.NONE, () -> { reads.incrementAndGet(); return a; }); // a hit: "ab" is now the most recent
        cache.get("ef", WhatIf.NONE, () -> { reads.incrementAndGet(); return SyntheticReadings.of("ef", new double[2][4]); });
        assertEquals(3, reads.get());
        assertEquals(2, cache.size());
        assertEquals(2 * one, cache.bytes());
        cache.get("ab", WhatIf.NONE, () -> { reads.incrementAndGet(); return a; }); // still kept
        assertEquals(3, reads.get());
        cache.get("cd", WhatIf.NONE, () -> { reads.incrementAndGet(); return SyntheticReadings.of("cd", new double[2][4]); });
        assertEquals(4, reads.get()); // "cd" was dropped
    }
}
