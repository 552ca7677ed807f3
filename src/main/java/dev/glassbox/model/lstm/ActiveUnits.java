package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;

import dev.glassbox.model.trace.Value;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The units a figure can show when all H would not fit: the k units whose value of a quantity changes most over the
 * sentence (largest standard deviation over the steps; for a one-step sentence, largest |value|), in unit order.
 */
public final class ActiveUnits {

    private ActiveUnits() {
    }

    /** The chosen units, ascending. */
    public static int[] of(LstmReading reading, Gate gate, int k) {
        int hidden = gate.of(reading.step(0)).length;
        double[] spread = new double[hidden]; // (H)
        double[] size = new double[hidden];   // (H)
        int steps = reading.size();
        for (int j = 0; j < hidden; j++) {
            double sum = 0;
            double squares = 0;
            for (int t = 0; t < steps; t++) {
                double v = gate.of(reading.step(t))[j];
                sum += v;
                squares += v * v;
            }
            double mean = sum / steps;
            spread[j] = Math.sqrt(Math.max(0, squares / steps - mean * mean));
            size[j] = Math.abs(mean);
        }
        return IntStream.range(0, hidden).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -spread[j]).thenComparingDouble(j -> -size[j])
                        .thenComparingInt(j -> j))
                .limit(Math.min(k, hidden))
                .sorted()
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The quantity for the chosen units over time, labelled in English. */
    public static Value.Matrix overTime(LstmReading reading, Gate gate, int[] units) {
        return overTime(reading, gate, units, Language.ENGLISH);
    }

    /**
     * The quantity for the chosen units over time: rows = steps (labelled with their characters), columns = units,
     * labelled in {@code language}.
     */
    public static Value.Matrix overTime(LstmReading reading, Gate gate, int[] units, Language language) {
        double[][] m = new double[reading.size()][units.length]; // (T, k)
        for (int t = 0; t < reading.size(); t++) {
            double[] v = gate.of(reading.step(t));
            for (int u = 0; u < units.length; u++) {
                m[t][u] = v[units[u]];
            }
        }
        List<String> columns = IntStream.of(units).mapToObj(j -> LstmText.plain(language, "unit-label", "unit", j))
                .toList();
        return new Value.Matrix(m, reading.columnLabels(language), columns);
    }
}
