package dev.glassbox.model.tokenize;

import dev.glassbox.model.lesson.Language;
import java.util.List;

/** Cuts a text into tokens, either quickly or showing its work. */
public interface Tokenizer {

    /** The tokenizer's name as the API knows it: {@code word}, {@code wordpiece} or {@code bpe}. */
    String name();

    /** The tokens alone. */
    List<Token> encode(String text);

    /** The tokens with a trace of every step, explained in English. */
    default Tokenization tokenize(String text) {
        return tokenize(text, Language.ENGLISH);
    }

    /** The tokens with a trace of every step, its titles, explanations and table headers in {@code language}. */
    Tokenization tokenize(String text, Language language);
}
