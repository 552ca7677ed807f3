package dev.glassbox.ui.oop;

import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import java.util.List;
import java.util.Map;

/**
 * A Python lesson's predict-then-check questions about its example: how many lines it prints, and what one given line
 * says. The truth is what the example printed when it ran in the learner's own browser; nothing of it is written here.
 * The sentences are the page's language's ({@code lessons/python/text.md}, sections {@code question-…}).
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
        LessonText text = PageLanguage.text("python");
        List<String> lines = lines(stdout);
        int n = lines.size();
        String why = switch (n) {
            case 0 -> text.plain("question-lines-why-none");
            case 1 -> text.plain("question-lines-why-one", Map.of("first", lines.getFirst(),
                    "last", lines.getLast()));
            default -> text.plain("question-lines-why-other", Map.of("n", n, "first", lines.getFirst(),
                    "last", lines.getLast()));
        };
        Prediction count = Prediction.number(LINES, text.plain("question-lines"), n, 0, Integer.toString(n), why);
        int k = ASKED_LINE.getOrDefault(lesson.slug(), n);
        if (k < 1 || k > n) {
            return List.of(count);
        }
        String line = lines.get(k - 1);
        Prediction asked = Prediction.text(LINE, text.plain("question-line", Map.of("k", k)), line,
                text.plain("question-line-why", Map.of("k", k, "n", n, "line", line)));
        return List.of(count, asked);
    }
}
