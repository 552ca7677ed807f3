package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.HashMap;
import java.util.Map;

/**
 * One line of the LSTM lesson's file ({@code lessons/lstm/text.md}) in a language, its placeholders filled. Text
 * values (a learner's character, say) are escaped, so that a {@code *} or a {@code $} in them is shown as it is and
 * never read as Markdown-lite; numbers are filled in as the caller wrote them.
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

    /** The values of {@code keysAndValues} by key, text escaped. */
    public static Map<String, Object> values(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            Object value = keysAndValues[k + 1];
            values.put((String) keysAndValues[k], value instanceof String s ? escape(s) : value);
        }
        return values;
    }

    /** {@code text} with a backslash before each of {@code \ * ` $ [}, so that the lesson file's reader keeps it. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\*`$[".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
