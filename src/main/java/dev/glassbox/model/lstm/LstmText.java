package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.HashMap;
import java.util.Map;

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
        return LessonText.of(CONCEPT, language).plain(name, values(keysAndValues));
    }

    /** The values of {@code keysAndValues} by key. */
    public static Map<String, Object> values(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            values.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return values;
    }
}
