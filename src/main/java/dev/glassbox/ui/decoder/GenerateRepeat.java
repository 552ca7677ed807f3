package dev.glassbox.ui.decoder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a written text repeats itself (at most 200 characters, so plain search will do). Either its end is one
 * piece written again and again with nothing in between — a <em>loop</em>: from {@code start} on the text has period
 * {@code length} and holds at least {@value #LOOP_REPEATS} copies — or else the piece of {@value #MIN_PIECE} to
 * {@value #MAX_PIECE} characters whose copies (counted without overlaps, left to right) fill the most of the text,
 * if it comes at least {@value #LOOP_REPEATS} times.
 *
 * @param kind   LOOP, OFTEN or NONE
 * @param start  where the piece first starts (0-based)
 * @param length the piece's length in characters
 * @param copies LOOP: how many whole copies follow one another to the end; OFTEN: how many times it is written
 */
record GenerateRepeat(Kind kind, int start, int length, int copies) {

    enum Kind { LOOP, OFTEN, NONE }

    /** A piece counts when it comes at least this many times. */
    static final int LOOP_REPEATS = 3;
    /** The shortest piece worth reporting (a space and a three-letter word). */
    static final int MIN_PIECE = 4;
    /** The longest piece searched for outside a loop. */
    static final int MAX_PIECE = 24;

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
            if (copies >= LOOP_REPEATS && n - s >= MIN_PIECE && (loop == null || s < loop.start())) {
                loop = new GenerateRepeat(Kind.LOOP, s, p, copies);
            }
        }
        if (loop != null) {
            return loop;
        }
        GenerateRepeat best = NONE;
        for (int length = MIN_PIECE; length <= Math.min(MAX_PIECE, n / LOOP_REPEATS); length++) {
            Map<String, int[]> seen = new HashMap<>(); // piece -> {first start, copies, end of the last copy}
            for (int i = 0; i + length <= n; i++) {
                String piece = String.join("", text.subList(i, i + length));
                int[] s = seen.get(piece);
                if (s == null) {
                    seen.put(piece, new int[] {i, 1, i + length});
                } else if (i >= s[2]) {
                    s[1]++;
                    s[2] = i + length;
                }
            }
            for (int[] s : seen.values()) {
                // written more often; then the longer piece; then the one written first
                boolean more = s[1] > best.copies() || (s[1] == best.copies()
                        && (length > best.length() || (length == best.length() && s[0] < best.start())));
                if (s[1] >= LOOP_REPEATS && more) {
                    best = new GenerateRepeat(Kind.OFTEN, s[0], length, s[1]);
                }
            }
        }
        return best;
    }

    /** The piece itself. */
    String piece(List<String> text) {
        return String.join("", text.subList(start, start + length));
    }

    /** How many characters the copies fill. */
    int filled() {
        return copies * length;
    }
}
