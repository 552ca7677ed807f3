package dev.glassbox.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short random id that ties what a learner sees on an error page to the exception in the server's log. */
public final class ErrorId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorId() {
    }

    /** Eight hexadecimal digits, such as {@code 3f9a0c12}. */
    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
