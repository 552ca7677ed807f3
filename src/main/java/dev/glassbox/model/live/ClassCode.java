package dev.glassbox.model.live;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A class's code: {@value #LENGTH} capital letters from an alphabet without look-alikes (no B, I, L, O, S or Z, which
 * read as 8, 1, 1, 0, 5 and 2), easy to read off a projector and to type. 20⁶ = 64 million codes.
 */
public final class ClassCode {

    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 6;

    private ClassCode() {
    }

    /** A fresh code drawn from {@code random}. */
    public static String draw(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A fresh code drawn from a {@link SecureRandom}. */
    public static String draw() {
        return draw(new SecureRandom());
    }

    /**
     * The code a student typed, in capitals without spaces or dashes, if it can be a code at all (the right length,
     * letters of the alphabet only).
     */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
