package dev.glassbox.model.text;

import java.util.Locale;

/**
 * A character as a learner can read it in a table: itself when it is visible, otherwise its Unicode name
 * ({@code ⟨ZERO WIDTH JOINER⟩}), so that a joiner, a variation selector, a control character or a space is never an
 * empty cell. Code points are written as Unicode does: {@code U+00ED}.
 */
public final class CharacterName {

    private CharacterName() {
    }

    /** The character itself, or its Unicode name in angle brackets when it would print as nothing or as blank. */
    public static String of(int cp) {
        return isInvisible(cp) ? "⟨" + name(cp) + "⟩" : Character.toString(cp);
    }

    /** {@code U+00ED}: the code point in hexadecimal, at least four digits. */
    public static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** Whether {@code cp} draws nothing visible on its own: white space, controls, format characters, marks. */
    public static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    private static String name(int cp) {
        String name = Character.getName(cp);
        return name == null ? codePoint(cp) : name;
    }
}
