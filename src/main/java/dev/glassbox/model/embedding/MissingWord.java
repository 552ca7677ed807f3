package dev.glassbox.model.embedding;

import java.util.List;
import java.util.Locale;
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
        String quoted = quoted(words);
        String have = words.size() == 1 ? " has" : " have";
        return switch (this) {
            case ONE_CHARACTER -> quoted + have + " no vector here: GloVe learned vectors for one-letter words, but the "
                    + "packaged copy of its word list used here leaves out every word of a single letter or digit.";
            case NUMBER -> quoted + have + " no vector here: GloVe learned vectors for numbers, but the packaged copy of "
                    + "its word list used here leaves out every number written only with digits.";
            case RARE -> words.size() == 1
                    ? quoted + " is not one of the " + String.format(Locale.ROOT, "%,d", vocabulary)
                            + " most frequent GloVe words, so it has no vector here."
                    : quoted + " are not among the " + String.format(Locale.ROOT, "%,d", vocabulary)
                            + " most frequent GloVe words, so they have no vector here.";
        };
    }

    private static String quoted(List<String> words) {
        List<String> q = words.stream().map(w -> "“" + w + "”").toList();
        if (q.size() == 1) {
            return q.getFirst();
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.getLast();
    }
}
