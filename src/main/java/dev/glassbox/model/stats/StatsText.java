package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;

/**
 * The sentences the statistics model writes for learners (steps, readings, why a text cannot be read), read from the
 * lesson files of {@code zscores} and {@code normal} in a language.
 */
public final class StatsText {

    private StatsText() {
    }

    /** Section {@code name} of the z-scores lesson as one line, {@code pairs} = key, value, key, value… */
    static String zscores(Language language, String name, Object... pairs) {
        return say("zscores", language, name, pairs);
    }

    /** Section {@code name} of the normal-distribution lesson as one line. */
    static String normal(Language language, String name, Object... pairs) {
        return say("normal", language, name, pairs);
    }

    private static String say(String concept, Language language, String name, Object... pairs) {
        return LessonText.of(concept, language).line(name, pairs);
    }

    /** A number as the lessons write it (four decimals, {@link ZScoreTable#fmt}) with the language's decimal separator. */
    static String number(double v, Language language) {
        return language.decimals(ZScoreTable.fmt(v));
    }
}
