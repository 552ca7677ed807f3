package dev.glassbox.model.tokenize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for a lesson sentence's {@code {{placeholders}}}, each written as text ({@link
 * dev.glassbox.model.lesson.LessonText} fills them in as plain text, so a learner's "$27.50" or a token "*" comes out
 * exactly as it is).
 */
public final class LessonValues {

    private LessonValues() {
    }

    /** {@code key, value, key, value, …} as a map of texts. */
    public static Map<String, String> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
        }
        return values;
    }
}
