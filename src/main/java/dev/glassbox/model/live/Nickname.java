package dev.glassbox.model.live;

/** A student's nickname: plain text of at most {@value #MAX} characters, control characters removed; may be empty. */
public final class Nickname {

    public static final int MAX = 24;

    private Nickname() {
    }

    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.strip().codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .forEach(c -> {
                    if (out.codePointCount(0, out.length()) < MAX) {
                        out.appendCodePoint(c);
                    }
                });
        return out.toString().strip().replaceAll(" {2,}", " ");
    }
}
