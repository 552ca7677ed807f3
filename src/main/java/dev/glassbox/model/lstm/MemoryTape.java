package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;

import dev.glassbox.model.trace.Value;
import java.util.List;

/**
 * The memory tape of a reading: c_t = f ⊙ c_{t−1} + i ⊙ g has a kept part and an added part. For every step, one
 * row: the mean forget gate (1/H)·Σ_j f_t[j], the mean size of what is kept (1/H)·Σ_j |f_t[j]·c_{t−1}[j]| and of
 * what is added (1/H)·Σ_j |i_t[j]·g_t[j]|, and for one chosen unit j its f, i·g and c.
 */
public final class MemoryTape {

    private MemoryTape() {
    }

    /** The tape labelled in English. */
    public static Value.Matrix of(LstmReading reading, int unit) {
        return of(reading, unit, Language.ENGLISH);
    }

    /** Rows = the six quantities, columns = steps (T, labelled with their characters), labelled in {@code language}. */
    public static Value.Matrix of(LstmReading reading, int unit, Language language) {
        int steps = reading.size();
        double[][] m = new double[6][steps]; // (6, T)
        for (int t = 0; t < steps; t++) {
            LstmStep s = reading.step(t);
            double[] f = s.f();
            double[] kept = s.kept();
            double[] added = s.added();
            int hidden = kept.length;
            double fs = 0;
            double k = 0;
            double a = 0;
            for (int j = 0; j < hidden; j++) {
                fs += f[j];
                k += Math.abs(kept[j]);
                a += Math.abs(added[j]);
            }
            m[0][t] = fs / hidden;
            m[1][t] = k / hidden;
            m[2][t] = a / hidden;
            m[3][t] = f[unit];
            m[4][t] = added[unit];
            m[5][t] = s.c()[unit];
        }
        List<String> rows = List.of("tape-row-mean-f", "tape-row-mean-kept", "tape-row-mean-added", "tape-row-unit-f",
                "tape-row-unit-added", "tape-row-unit-c").stream()
                .map(name -> LstmText.plain(language, name, "unit", unit)).toList();
        return new Value.Matrix(m, rows, reading.columnLabels(language));
    }
}
