package dev.glassbox.ui.lstm;

import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The LSTM view's numbers written into formulas and tables (formula sources for {@code Formula}); no browser needed. */
final class LstmEquations {

    /** One equation line: its formula source and, if a what-if switch replaced the value, a note. */
    record Line(String formula, String note) {
    }

    private LstmEquations() {
    }

    /** A number for a formula: as {@link Summaries#number} writes it, with e-notation as a power of ten. */
    static String n(double x) {
        String s = Summaries.number(x == 0 ? 0 : x); // never −0
        int e = s.indexOf('e');
        if (e >= 0) {
            s = s.substring(0, e) + " \\times 10^{" + Integer.parseInt(s.substring(e + 1)) + "}";
        }
        s = s.replace(",", "\\text{,}"); // a decimal comma, not a separator between two numbers
        return s.startsWith("-") ? "{" + s + "}" : s; // a group: the minus sign sits close, as a sign
    }

    /** A number that may be negative, in brackets when it is, for plugging into a product. */
    static String p(double x) {
        String s = n(x);
        return s.startsWith("{-") ? "(" + s + ")" : s;
    }

    /** The six equations of step t for one unit, with the real numbers plugged in. */
    static List<Line> equations(LstmReading reading, int t, int unit) {
        LstmStep s = reading.step(t);
        int j = unit;
        String forced = switch (reading.whatIf().forget()) {
            case AS_TRAINED -> "";
            case ZERO -> Words.t("note-forced-0");
            case ONE -> Words.t("note-forced-1");
        };
        String inputForced = reading.whatIf().inputOff() ? Words.t("note-forced-0") : "";
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("f = \\sigma(z_f) = \\sigma(" + n(s.zf()[j]) + ") = " + n(s.f()[j]), forced));
        lines.add(new Line("i = \\sigma(z_i) = \\sigma(" + n(s.zi()[j]) + ") = " + n(s.i()[j]), inputForced));
        lines.add(new Line("g = tanh(z_g) = tanh(" + n(s.zg()[j]) + ") = " + n(s.g()[j]), ""));
        lines.add(new Line("o = \\sigma(z_o) = \\sigma(" + n(s.zo()[j]) + ") = " + n(s.o()[j]), ""));
        lines.add(new Line("c_t = f c_{t-1} + i g = " + n(s.f()[j]) + " \\times " + p(s.cPrev()[j]) + " + "
                + n(s.i()[j]) + " \\times " + p(s.g()[j]) + " = " + p(s.kept()[j]) + " + " + p(s.added()[j]) + " = "
                + n(s.c()[j]), ""));
        lines.add(new Line("h_t = o tanh(c_t) = " + n(s.o()[j]) + " \\times tanh(" + n(s.c()[j]) + ") = "
                + n(s.o()[j]) + " \\times " + p(Math.tanh(s.c()[j])) + " = " + n(s.h()[j]), ""));
        return lines;
    }

    /** One row per step: the character and the five most likely next characters with their probabilities. */
    static Value.Table predictions(LstmReading reading) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < reading.size(); t++) {
            List<Object> row = new ArrayList<>();
            row.add(t + 1);
            row.add(reading.label(t, PageLanguage.current()));
            for (LstmReading.Prediction prediction : reading.top(t, 5)) {
                row.add(show(prediction.character()) + "  " + PageLanguage.decimals(String.format(Locale.ROOT,
                        "%.1f%%", 100 * prediction.probability())));
            }
            rows.add(row);
        }
        return new Value.Table(List.of(Words.t("column-step"), Words.t("column-read"), Words.t("column-1"),
                Words.t("column-2"), Words.t("column-3"), Words.t("column-4"), Words.t("column-5")), rows);
    }

    /** The top 5 after step t, with probabilities as numbers. */
    static Value.Table top(LstmReading reading, int t) {
        List<List<Object>> rows = new ArrayList<>();
        for (LstmReading.Prediction prediction : reading.top(t, 5)) {
            rows.add(List.of(show(prediction.character()), prediction.probability()));
        }
        return new Value.Table(List.of(Words.t("column-next"), Words.t("column-probability")), rows);
    }

    static String show(String character) {
        return character.equals(" ") ? "␣" : character;
    }

    /** How a step's character is named in a sentence: a space, “m”, or “é” (unknown to the network). */
    static String describe(LstmReading reading, int t) {
        String token = reading.token(t);
        String what = token.equals(" ") ? Words.t("character-space") : Words.t("character-quoted", "character", token);
        return reading.isUnknown(t) ? Words.t("character-unknown", "character", what) : what;
    }
}
