package dev.glassbox.ui.decoder;

import java.util.List;

/**
 * Whether a written text repeats itself, found by brute force (at most 200 characters): either its end is one piece
 * written again and again (a <em>loop</em>: the text from {@code start} on has period {@code length} and holds at
 * least {@value #LOOP_REPEATS} copies of it), or else the longest piece of at least {@value #MIN_PIECE} characters
 * that occurs twice without overlapping.
 *
 * @param kind   LOOP, TWICE or NONE
 * @param start  where the piece first starts (0-based)
 * @param length the piece's length in characters
 * @param copies for a loop, how many whole copies follow one another to the end; for TWICE, 2
 */
record GenerateRepeat(Kind kind, int start, int length, int copies) {

    enum Kind { LOOP, TWICE, NONE }

    /** A loop counts when its piece comes at least this many times in a row. */
    static final int LOOP_REPEATS = 3;
    /** The shortest piece worth reporting. */
    static final int MIN_PIECE = 4;

    static final GenerateRepeat NONE = new GenerateRepeat(Kind.NONE, 0, 0, 0);

    /** @param text one string per character */
    static GenerateRepeat of(List<String> text) {
        int n = text.size();
        GenerateRepeat loop = null;
        for (int p = 1; p * LOOP_REPEATS <= n; p++) {
            // the earliest start from which text[i] = text[i + p] holds to the end
            int s = n - p;
            while (s > 0 && text.get(s - 1).equals(text.get(s - 1 + p))) {
                s--;
            }
            int copies = (n - s) / p;
            boolean longer = loop == null || s < loop.start();
            if (copies >= LOOP_REPEATS && (n - s) >= MIN_PIECE && longer) {
                loop = new GenerateRepeat(Kind.LOOP, s, p, copies);
            }
        }
        if (loop != null) {
            return loop;
        }
        for (int length = n / 2; length >= MIN_PIECE; length--) {
            for (int i = 0; i + 2 * length <= n; i++) {
                for (int j = i + length; j + length <= n; j++) {
                    if (text.subList(i, i + length).equals(text.subList(j, j + length))) {
                        return new GenerateRepeat(Kind.TWICE, i, length, 2);
                    }
                }
            }
        }
        return NONE;
    }

    /** The piece itself. */
    String piece(List<String> text) {
        return String.join("", text.subList(start, start + length));
    }
}
