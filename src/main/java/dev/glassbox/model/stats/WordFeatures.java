package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Features of a sentence's words measured on different scales — length in letters, number of vowels, position
 * in the sentence — each standardised with z = (x − μ) / σ (population σ) so that they become comparable.
 *
 * @param words    the words, {@code (W)}
 * @param features one entry per feature
 */
public record WordFeatures(List<String> words, List<Feature> features) {

    /**
     * One feature: its raw values {@code (W)} and either their z-score table or, when they cannot be
     * standardised (one word, all equal), the sentence saying why.
     */
    public record Feature(String name, double[] values, ZScoreTable table, String problem) {
        public Feature {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    public WordFeatures {
        words = List.copyOf(words);
        features = List.copyOf(features);
    }

    /** The words of {@code text}: word-tokenizer tokens with at least one letter or digit (punctuation left out). */
    public static List<String> words(String text) {
        return new WordTokenizer().encode(text).stream().map(Token::text)
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /** The features of {@code text}'s words (see {@link #words(String)}). */
    public static WordFeatures ofText(String text) {
        return ofText(text, Language.ENGLISH);
    }

    /** {@link #ofText(String)}, the features named (and any problem said) in {@code language}. */
    public static WordFeatures ofText(String text, Language language) {
        return of(words(text), language);
    }

    /** The first feature, length in letters. */
    public Feature length() {
        return features.getFirst();
    }

    /**
     * The index of the longest word (the largest length z-score; the first of equals), or −1 when the lengths cannot
     * be standardised.
     */
    public int longest() {
        ZScoreTable t = length().table();
        if (t == null) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < words.size(); i++) {
            if (t.rows().get(i).z() > t.rows().get(best).z()) {
                best = i;
            }
        }
        return best;
    }

    /** Measures and standardises {@code words} (tokens that contain at least one letter or digit). */
    public static WordFeatures of(List<String> words) {
        return of(words, Language.ENGLISH);
    }

    /** {@link #of(List)}, the features named (and any problem said) in {@code language}. */
    public static WordFeatures of(List<String> words, Language language) {
        int w = words.size();
        double[] length = new double[w]; // (W)
        double[] vowels = new double[w]; // (W)
        double[] position = new double[w]; // (W)
        for (int i = 0; i < w; i++) {
            String word = words.get(i);
            length[i] = word.codePoints().filter(Character::isLetterOrDigit).count();
            vowels[i] = word.toLowerCase(Locale.ROOT).codePoints().filter(c -> "aeiouy".indexOf(c) >= 0).count();
            position[i] = i + 1;
        }
        List<Feature> features = new ArrayList<>();
        features.add(feature(StatsText.zscores(language, "feature-length"), length, language));
        features.add(feature(StatsText.zscores(language, "feature-vowels"), vowels, language));
        features.add(feature(StatsText.zscores(language, "feature-position"), position, language));
        return new WordFeatures(words, features);
    }

    private static Feature feature(String name, double[] x, Language language) {
        try {
            return new Feature(name, x, ZScoreTable.of(x, SdKind.POPULATION, language), "");
        } catch (InvalidInputException e) {
            return new Feature(name, x, null, e.getMessage());
        }
    }
}
