package dev.glassbox.model.lstm;

import dev.glassbox.model.lesson.Language;

/**
 * What kind of character a time step reads, judged with the character before it: a space, the first letter of a
 * word, a later letter of a word, or anything else (punctuation, digits, other signs).
 */
public enum CharacterClass {
    SPACE("kind-space"),
    FIRST_LETTER("kind-first-letter"),
    LATER_LETTER("kind-later-letter"),
    OTHER("kind-other");

    private final String section;

    CharacterClass(String section) {
        this.section = section;
    }

    /** How a learner would say it in English: "the first letter of a word". */
    public String description() {
        return description(Language.ENGLISH);
    }

    /** How a learner would say it in {@code language}. */
    public String description(Language language) {
        return LstmText.plain(language, section);
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
