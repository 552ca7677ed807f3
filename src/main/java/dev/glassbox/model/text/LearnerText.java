package dev.glassbox.model.text;

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
            throw new InvalidInputException("Please type a sentence first: the text is empty.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException("The text contains a broken character (half of an emoji or symbol); please retype it.");
            }
        }
        int characters = text.codePointCount(0, text.length());
        if (characters > MAX_CHARACTERS) {
            throw new InvalidInputException("The text has " + characters + " characters; Glassbox reads at most "
                    + MAX_CHARACTERS + ", so please shorten it.");
        }
        return text;
    }
}
