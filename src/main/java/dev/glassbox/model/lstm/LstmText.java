package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;

/**
 * One line of the LSTM lesson's file ({@code lessons/lstm/text.md}) in a language, its placeholders filled (as plain
 * text: a learner's {@code *} or {@code $} is shown as it is, see {@link LessonText}).
 */
public final class LstmText {

    /** The lesson file's concept. */
    public static final String CONCEPT = "lstm";

    private LstmText() {
    }

    /** Section {@code name} as one line, with {@code keysAndValues} = key, value, key, value, … */
    public static String plain(Language language, String name, Object... keysAndValues) {
        return LessonText.of(CONCEPT, language).line(name, keysAndValues);
    }
}
