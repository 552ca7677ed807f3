package dev.glassbox.ui.lesson;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.ui.base.PageLanguage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a lesson file's prose in the open page's language, its placeholders filled: the lessons a teacher builds
 * ({@code "class"}), a live class ({@code "live"}) and the home page ({@code "home"}).
 */
public final class Words {

    private Words() {
    }

    /**
     * Section {@code name} of {@code concept} as one line, {@code namesAndValues} filling its placeholders (name, value,
     * name, value…). Text values are written as they are (a teacher's or learner's words: no emphasis, no formula);
     * numbers as the page's language writes them.
     */
    public static String say(String concept, String name, Object... namesAndValues) {
        return PageLanguage.text(concept).plain(name, values(namesAndValues));
    }

    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put((String) namesAndValues[i], value instanceof String s ? s : count(value));
        }
        return values;
    }

    /** A whole number with the page's language's digit grouping (1,000 in English, 1.000 in Spanish). */
    public static String count(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return PageLanguage.current().grouped(((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    /** "1 step", "3 steps" in the page's language. */
    public static String steps(int n) {
        return say("class", n == 1 ? "ui-steps-one" : "ui-steps-other", "n", n);
    }

    /** A lesson's title, or the page's language's name for a lesson without one. */
    public static String title(dev.glassbox.model.lesson.Lesson lesson) {
        return dev.glassbox.model.lesson.Lesson.UNTITLED.equals(lesson.title()) ? say("class", "ui-untitled")
                : lesson.title();
    }

    /** The one sentence of a refused input, in the page's language when the model can say it so. */
    public static String problem(RuntimeException e) {
        return e instanceof dev.glassbox.model.lesson.LessonProblem p ? p.sentence(PageLanguage.current()) : e.getMessage();
    }

    /** {@code href} (relative, may have a query) carrying the open page's language, for a link that opens a page. */
    public static String href(String href) {
        Language language = PageLanguage.current();
        if (language == Language.ENGLISH) {
            return href;
        }
        return href + (href.contains("?") ? "&" : "?") + PageLanguage.PARAMETER + "=" + language.tag();
    }
}
