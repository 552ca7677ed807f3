package dev.glassbox.model.tokenize;

import dev.glassbox.model.text.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tokenizers Glassbox offers, by the name the API and the links use. */
public final class Tokenizers {

    private static final Map<String, Tokenizer> BY_NAME = new LinkedHashMap<>();

    static {
        register(new WordTokenizer());
        register(WordPieceTokenizer.minilm());
    }

    private Tokenizers() {
    }

    private static void register(Tokenizer tokenizer) {
        BY_NAME.put(tokenizer.name(), tokenizer);
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** @throws InvalidInputException naming the choices when {@code name} is not one of them */
    public static Tokenizer byName(String name) {
        Tokenizer tokenizer = name == null ? null : BY_NAME.get(name);
        if (tokenizer == null) {
            throw new InvalidInputException("There is no tokenizer called \"" + abbreviate(name) + "\"; choose one of "
                    + String.join(", ", names()) + ".");
        }
        return tokenizer;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
