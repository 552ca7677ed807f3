package dev.glassbox.model.tokenize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values for a lesson sentence's {@code {{placeholders}}}: each written as text, with the characters the lesson format
 * reads as markup ({@code * ` $ [ \}) escaped, so that a learner's word such as "$27.50" or a token such as "*" comes
 * out exactly as it is.
 */
public final class LessonValues {

    private LessonValues() {
    }

    /** {@code key, value, key, value, …} as a map of escaped texts. */
    public static Map<String, String> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], escape(keysAndValues[i + 1]));
        }
        return values;
    }

    /** {@code value} as text, each markup character behind a backslash and line breaks as spaces. */
    public static String escape(Object value) {
        String text = String.valueOf(value).replaceAll("\\s*\\R\\s*", " ");
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("*`$[\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
