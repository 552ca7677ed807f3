package dev.glassbox.model.text;

import java.util.Map;

/**
 * The rules for a learner's sentence, the same in every view and in the API: not empty, at most
 * {@value #MAX_CHARACTERS} characters (Unicode code points), and well-formed UTF-16 (no unpaired surrogates).
 */
public final class LearnerText {

    /** The app's input limit, in characters (code points). */
    public static final int MAX_CHARACTERS = 500;

    /** The sentence every lesson starts with. */
    public static final String DEFAULT_SENTENCE = "The animal didn't cross the street because it was too tired.";

    private LearnerText() {
    }

    /**
     * Returns {@code text} unchanged when a lesson can read it.
     *
     * @throws InvalidInputException with one plain sentence when it cannot
     */
    public static String require(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("common", "text-empty", Map.of());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException("common", "text-broken", Map.of());
            }
        }
        int characters = text.codePointCount(0, text.length());
        if (characters > MAX_CHARACTERS) {
            throw new InvalidInputException("common", "text-long", Map.of("n", characters, "max", MAX_CHARACTERS));
        }
        return text;
    }
}
