package dev.glassbox.model.seq2seq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The characters of the translation model, one list for what it reads and what it writes: id 0 stands for any
 * character it does not know, 1 is the start token {@code <s>}, 2 the end token {@code </s>}, then the space,
 * {@code , - . /}, the digits and the letters A–Z and a–z.
 */
public final class Seq2SeqVocabulary {

    public static final int UNKNOWN = 0;
    public static final int START = 1;
    public static final int END = 2;
    static final String CHARACTERS = " ,-./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final List<String> TOKENS;

    static {
        List<String> t = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        CHARACTERS.chars().forEach(c -> t.add(String.valueOf((char) c)));
        TOKENS = Collections.unmodifiableList(t);
    }

    private Seq2SeqVocabulary() {
    }

    public static int size() {
        return TOKENS.size();
    }

    /** Every token's text, by id. */
    public static List<String> tokens() {
        return TOKENS;
    }

    public static String token(int id) {
        return TOKENS.get(id);
    }

    /** The id of one character (a code point), {@link #UNKNOWN} if the model does not know it. */
    public static int id(int codePoint) {
        int k = codePoint < 0x10000 ? CHARACTERS.indexOf((char) codePoint) : -1;
        return k < 0 ? UNKNOWN : k + 3;
    }

    /** The source ids of a text, one per code point. */
    public static int[] encode(String text) {
        return text.codePoints().map(Seq2SeqVocabulary::id).toArray();
    }

    /** The text of output ids, without {@code <s>} and {@code </s>}. */
    public static String decode(int[] ids) {
        StringBuilder b = new StringBuilder();
        for (int id : ids) {
            if (id != START && id != END) {
                b.append(id == UNKNOWN ? "\uFFFD" : TOKENS.get(id));
            }
        }
        return b.toString();
    }
}
