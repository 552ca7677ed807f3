package dev.glassbox.ui.lstm;

import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The LSTM view's numbers turned into sentences, equations and tables; testable without a browser. */
final class LstmLesson {

    private LstmLesson() {
    }

    /** Three decimals; a value that rounds to zero is written 0.000, never −0.000. */
    static String n(double x) {
        String s = String.format(Locale.ROOT, "%.3f", x);
        return s.equals("-0.000") ? "0.000" : s;
    }

    /** A number that may be negative, in brackets when it is, for plugging into an equation. */
    static String p(double x) {
        String s = n(x);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** The six equations of step t for one unit, with the real numbers plugged in. */
    static List<String> equations(LstmReading reading, int t, int unit) {
        LstmStep s = reading.step(t);
        int j = unit;
        String forced = switch (reading.whatIf().forget()) {
            case AS_TRAINED -> "";
            case ZERO -> "   ← forced to 0 (what-if)";
            case ONE -> "   ← forced to 1 (what-if)";
        };
        String inputForced = reading.whatIf().inputOff() ? "   ← forced to 0 (what-if)" : "";
        List<String> lines = new ArrayList<>();
        lines.add("f = σ(z_f) = σ(" + n(s.zf()[j]) + ") = " + n(s.f()[j]) + forced);
        lines.add("i = σ(z_i) = σ(" + n(s.zi()[j]) + ") = " + n(s.i()[j]) + inputForced);
        lines.add("g = tanh(z_g) = tanh(" + n(s.zg()[j]) + ") = " + n(s.g()[j]));
        lines.add("o = σ(z_o) = σ(" + n(s.zo()[j]) + ") = " + n(s.o()[j]));
        lines.add("c = f·c_prev + i·g = " + n(s.f()[j]) + " × " + p(s.cPrev()[j]) + " + " + n(s.i()[j]) + " × "
                + p(s.g()[j]) + " = " + p(s.kept()[j]) + " + " + p(s.added()[j]) + " = " + n(s.c()[j]));
        lines.add("h = o·tanh(c) = " + n(s.o()[j]) + " × tanh(" + n(s.c()[j]) + ") = " + n(s.o()[j]) + " × "
                + p(Math.tanh(s.c()[j])) + " = " + n(s.h()[j]));
        return lines;
    }

    /**
     * The memory tape: per step, how much of the old memory is kept and how much is added — averaged over all
     * units and for the chosen unit.
     */
    static Value.Matrix memoryTape(LstmReading reading, int unit) {
        int steps = reading.size();
        double[][] m = new double[6][steps]; // (6 rows, T)
        for (int t = 0; t < steps; t++) {
            LstmStep s = reading.step(t);
            double[] kept = s.kept();
            double[] added = s.added();
            int hidden = kept.length;
            double f = 0;
            double k = 0;
            double a = 0;
            for (int j = 0; j < hidden; j++) {
                f += s.f()[j];
                k += Math.abs(kept[j]);
                a += Math.abs(added[j]);
            }
            m[0][t] = f / hidden;
            m[1][t] = k / hidden;
            m[2][t] = a / hidden;
            m[3][t] = s.f()[unit];
            m[4][t] = added[unit];
            m[5][t] = s.c()[unit];
        }
        return new Value.Matrix(m, List.of("keeps: mean f", "kept: mean |f·c_prev|", "adds: mean |i·g|",
                "unit " + unit + ": f", "unit " + unit + ": i·g", "unit " + unit + ": c"), reading.columnLabels());
    }

    /** One row per step: the character and the five most likely next characters with their probabilities. */
    static Value.Table predictions(LstmReading reading) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < reading.size(); t++) {
            List<Object> row = new ArrayList<>();
            row.add(t + 1);
            row.add(reading.label(t));
            for (LstmReading.Prediction prediction : reading.top(t, 5)) {
                row.add(show(prediction.character()) + "  " + String.format(Locale.ROOT, "%.1f%%",
                        100 * prediction.probability()));
            }
            rows.add(row);
        }
        return new Value.Table(List.of("step", "read", "1st", "2nd", "3rd", "4th", "5th"), rows);
    }

    /** The top 5 after step t, with probabilities as numbers. */
    static Value.Table top(LstmReading reading, int t) {
        List<List<Object>> rows = new ArrayList<>();
        for (LstmReading.Prediction prediction : reading.top(t, 5)) {
            rows.add(List.of(show(prediction.character()), prediction.probability()));
        }
        return new Value.Table(List.of("next character", "probability"), rows);
    }

    static String show(String character) {
        return character.equals(" ") ? "␣" : character;
    }

    /** What the what-if changed, compared with the network as trained, in one or two sentences. */
    static String whatIfEffect(LstmReading trained, LstmReading changed, int t) {
        int steps = trained.size();
        int different = 0;
        for (int k = 0; k < steps; k++) {
            if (!trained.top(k, 1).get(0).character().equals(changed.top(k, 1).get(0).character())) {
                different++;
            }
        }
        double[] c0 = trained.step(t).c();
        double[] c1 = changed.step(t).c();
        double diff = 0;
        double size = 0;
        for (int j = 0; j < c0.length; j++) {
            diff += Math.abs(c1[j] - c0[j]);
            size += Math.abs(c0[j]);
        }
        String first = trained.top(t, 1).get(0).character();
        String now = changed.top(t, 1).get(0).character();
        return "Compared with the network as trained: at step " + (t + 1) + " the cell state moved by "
                + n(diff / c0.length) + " per unit on average (its usual size there is " + n(size / c0.length)
                + "), and the most likely next character is “" + show(now) + "” instead of “" + show(first) + "”. "
                + "Over the whole sentence the top prediction changed at " + different + " of " + steps + " steps.";
    }
}
