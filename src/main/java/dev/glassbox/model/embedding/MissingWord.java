package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why a word has no vector here. GloVe 6B itself has vectors for "a", "i" and "1990", but the packaged copy this
 * app reads (see {@code data/NOTICE.md}) leaves out every word of a single letter or digit and every number written
 * only with digits; any other word is missing because it is not among the 50,000 most frequent ones.
 * {@code GloveVectorsTest} checks both gaps against the file itself.
 */
public enum MissingWord {

    /** One letter or digit: "a", "i", "x", "1". */
    ONE_CHARACTER,
    /** Digits, perhaps with separators: "1990", "3.5", "1,000". */
    NUMBER,
    /** Any other word: not frequent enough to be among the words kept. */
    RARE;

    private static final Pattern NUMBER_PATTERN = Pattern.compile("\\p{Nd}[\\p{Nd}.,]*");

    /** The reason {@code word} (as looked up, lower case) has no vector. */
    public static MissingWord of(String word) {
        if (word.codePointCount(0, word.length()) == 1 && Character.isLetterOrDigit(word.codePointAt(0))) {
            return ONE_CHARACTER;
        }
        return NUMBER_PATTERN.matcher(word).matches() ? NUMBER : RARE;
    }

    /** One plain sentence about {@code words} (all of this kind), e.g. "“i” and “a” have no vector here: …". */
    public String sentence(List<String> words, int vocabulary) {
        return sentence(words, vocabulary, Language.ENGLISH);
    }

    /** The same in {@code language}. */
    public String sentence(List<String> words, int vocabulary, Language language) {
        String quoted = Words.list(language, words.stream().map(w -> Words.line(language, "quoted", "word", w)).toList());
        String number = words.size() == 1 ? "-one" : "-other";
        String kind = switch (this) {
            case ONE_CHARACTER -> "mw-one-character";
            case NUMBER -> "mw-number";
            case RARE -> "mw-rare";
        };
        return Words.line(language, kind + number, "words", quoted, "vocabulary", Words.count(language, vocabulary));
    }
}
