package dev.glassbox.model.embedding;

import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Opposites are neighbours: GloVe learns from the company a word keeps, and "hot" and "cold" keep much the same
 * company ("the water is ___"), so the cosine of two antonyms is high — far higher than that of two unrelated
 * words. Cosine similarity measures shared contexts, not shared meaning.
 *
 * <p>Source: Mohammad, Dorr, Hirst and Turney, "Computing Lexical Contrast", Computational Linguistics 39(3),
 * 2013, §1 (distributionally similar words include antonyms).
 */
public final class Antonyms {

    /** One pair, what kind of pair it is, and its cosine. */
    public record Pair(String a, String b, String kind, double cosine) {
    }

    /** The pairs the lesson compares: two pairs of opposites, two pairs of unrelated words. */
    public static final List<List<String>> OPPOSITES = List.of(List.of("hot", "cold"), List.of("good", "bad"));
    public static final List<List<String>> UNRELATED = List.of(List.of("hot", "piano"), List.of("good", "river"));

    private Antonyms() {
    }

    /** The cosines of the opposite pairs, then of the unrelated pairs. */
    public static List<Pair> pairs(GloveVectors vectors) {
        List<Pair> out = new ArrayList<>();
        for (List<String> p : OPPOSITES) {
            out.add(pair(vectors, p, "opposites"));
        }
        for (List<String> p : UNRELATED) {
            out.add(pair(vectors, p, "unrelated"));
        }
        return List.copyOf(out);
    }

    /** The pairs as a table: word, word, kind, cosine. */
    public static Value.Table table(List<Pair> pairs) {
        List<List<Object>> rows = new ArrayList<>();
        for (Pair p : pairs) {
            rows.add(List.of(p.a(), p.b(), p.kind(), p.cosine()));
        }
        return new Value.Table(List.of("word", "word", "pair", "cosine"), rows);
    }

    /**
     * The cosines of {@code n} pairs of different words drawn at random (uniformly over the vocabulary, with a fixed
     * seed): their mean, and the share that lies between −{@value #NEAR_ZERO} and {@value #NEAR_ZERO}.
     */
    public record Baseline(int n, long seed, double mean, double nearZero) {
    }

    /** How close to 0 a cosine must be to count as "near 0" in {@link Baseline}. */
    public static final double NEAR_ZERO = 0.2;

    public static Baseline randomPairs(GloveVectors vectors, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        int near = 0;
        for (int p = 0; p < n; p++) {
            int i = random.nextInt(vectors.size());
            int j = random.nextInt(vectors.size() - 1);
            if (j >= i) {
                j++; // a different word
            }
            double c = CosineSimilarity.cosine(vectors.vector(i).values(), vectors.vector(j).values());
            sum += c;
            near += Math.abs(c) < NEAR_ZERO ? 1 : 0;
        }
        return new Baseline(n, seed, sum / n, (double) near / n);
    }

    private static Pair pair(GloveVectors vectors, List<String> words, String kind) {
        WordVector a = vectors.lookup(words.get(0)), b = vectors.lookup(words.get(1));
        return new Pair(a.word(), b.word(), kind, CosineSimilarity.cosine(a.values(), b.values()));
    }
}
