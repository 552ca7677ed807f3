package dev.glassbox.model.lstm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The characters the network knows, one input (and one output) per character. Index {@value #UNKNOWN} is the
 * "unknown" character that stands for every character not in the list, so no text is ever refused: an unseen
 * character is read as unknown and shown as such.
 */
public final class CharVocabulary {

    /** The index of the unknown character. */
    public static final int UNKNOWN = 0;

    /** How the unknown character is shown. */
    public static final String UNKNOWN_LABEL = "\uFFFD";

    private final List<String> symbols; // (V) index -> character; entry 0 is UNKNOWN_LABEL
    private final Map<Integer, Integer> index = new HashMap<>();

    /** @param known the known characters (code points) in index order, starting at index 1 */
    public CharVocabulary(String known) {
        List<String> list = new ArrayList<>();
        list.add(UNKNOWN_LABEL);
        known.codePoints().forEach(cp -> {
            if (index.putIfAbsent(cp, list.size()) != null) {
                throw new IllegalArgumentException("character listed twice: " + Character.toString(cp));
            }
            list.add(Character.toString(cp));
        });
        symbols = List.copyOf(list);
    }

    /** The number of inputs V, including the unknown character. */
    public int size() {
        return symbols.size();
    }

    /** The known characters in index order (without the unknown one), as written to the weights file. */
    public String known() {
        return String.join("", symbols.subList(1, symbols.size()));
    }

    /** The index of one character (code point), or {@link #UNKNOWN}. */
    public int indexOf(int codePoint) {
        return index.getOrDefault(codePoint, UNKNOWN);
    }

    /** The indices of every character of {@code text}, one per code point. */
    public int[] encode(String text) {
        return text.codePoints().map(this::indexOf).toArray();
    }

    /** The character of an index; {@link #UNKNOWN_LABEL} for the unknown one. */
    public String symbol(int index) {
        return symbols.get(index);
    }

    public boolean isUnknown(int index) {
        return index == UNKNOWN;
    }
}
