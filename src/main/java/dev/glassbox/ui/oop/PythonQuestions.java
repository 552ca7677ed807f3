package dev.glassbox.ui.oop;

import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.ui.base.Prediction;
import java.util.List;
import java.util.Map;

/**
 * A Python lesson's predict-then-check questions about its example: how many lines it prints, and what one given line
 * says. The truth is what the example printed when it ran in the learner's own browser; nothing of it is written here.
 */
final class PythonQuestions {

    /** How many lines the example prints. */
    static final String LINES = "py-lines";
    /** What one line of the example's output says. */
    static final String LINE = "py-line";

    /** Which line (from 1) each lesson asks about: one whose value takes some thought. */
    static final Map<String, Integer> ASKED_LINE = Map.of("objects", 3, "encapsulation", 6, "abstraction", 2,
            "inheritance", 5);

    private PythonQuestions() {
    }

    /** The printed lines: the output split at line breaks, without the empty line after the last break. */
    static List<String> lines(String stdout) {
        String text = stdout.replace("\r\n", "\n");
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    /** The questions, computed from the example's own output ({@code stdout} of the run). */
    static List<Prediction> of(PythonLesson lesson, String stdout) {
        List<String> lines = lines(stdout);
        int n = lines.size();
        Prediction count = Prediction.number(LINES, "Read the example below without running it. How many lines will it print?",
                n, 0, Integer.toString(n), "Run in your browser, the example printed " + n + (n == 1 ? " line" : " lines")
                        + (n == 0 ? "." : ", from “" + lines.getFirst() + "” to “" + lines.getLast() + "”."));
        int k = ASKED_LINE.getOrDefault(lesson.slug(), n);
        if (k < 1 || k > n) {
            return List.of(count);
        }
        String line = lines.get(k - 1);
        Prediction asked = Prediction.text(LINE, "What will line " + k + " of its output say?", line,
                "Line " + k + " of the " + n + " lines the example printed in your browser is “" + line + "”.");
        return List.of(count, asked);
    }
}
