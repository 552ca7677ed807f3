package dev.glassbox.model.lstm;

/**
 * What kind of character a time step reads, judged with the character before it: a space, the first letter of a
 * word, a later letter of a word, or anything else (punctuation, digits, other signs).
 */
public enum CharacterClass {
    SPACE("a space"),
    FIRST_LETTER("the first letter of a word"),
    LATER_LETTER("a later letter of a word"),
    OTHER("punctuation or another sign");

    private final String description;

    CharacterClass(String description) {
        this.description = description;
    }

    /** How a learner would say it: "the first letter of a word". */
    public String description() {
        return description;
    }

    /**
     * @param previous the character read one step earlier, or {@code null} at the first step
     * @param current  the character read now (one code point)
     */
    public static CharacterClass of(String previous, String current) {
        int cp = current.codePointAt(0);
        if (Character.isWhitespace(cp)) {
            return SPACE;
        }
        if (!Character.isLetter(cp)) {
            return OTHER;
        }
        boolean afterLetter = previous != null && Character.isLetter(previous.codePointAt(0));
        return afterLetter ? LATER_LETTER : FIRST_LETTER;
    }
}
