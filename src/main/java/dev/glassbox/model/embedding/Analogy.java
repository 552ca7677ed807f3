package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The vector offset method for analogies, "a is to b as ? is to c": t = v(a) − v(b) + v(c), answered by the word
 * w ∉ {a, b, c} with the largest cos(v(w), t) (3CosAdd). For king − man + woman the answer is queen.
 *
 * <p>Source: Mikolov, Yih and Zweig, "Linguistic Regularities in Continuous Space Word Representations",
 * NAACL 2013, §4 ("vector offset method"); Pennington et al., GloVe, EMNLP 2014, §4.1 (word analogies).
 */
public final class Analogy {

    public static final String VECTORS = "vectors";
    public static final String DIFFERENCE = "difference";
    public static final String TARGET = "target";
    public static final String CANDIDATES = "candidates";
    public static final String ANSWER = "answer";

    /** The default question of the lesson. */
    public static final String A = "king", B = "man", C = "woman";

    /** The three words, the target vector, the best candidates (best first) and the trace. */
    public record Result(WordVector a, WordVector b, WordVector c, double[] target,
            List<NearestNeighbours.Neighbour> candidates, Trace trace) {
        public Result {
            target = target.clone();
            candidates = List.copyOf(candidates);
        }

        @Override
        public double[] target() {
            return target.clone();
        }

        public NearestNeighbours.Neighbour answer() {
            return candidates.get(0);
        }
    }

    private Analogy() {
    }

    /**
     * Solves a − b + c over the whole vocabulary, returning the {@code k} best candidates.
     *
     * @throws InvalidInputException when a field is empty or not one word
     * @throws UnknownWordException  when a word has no vector
     */
    public static Result solve(GloveVectors vectors, String a, String b, String c, int k) {
        return solve(vectors, a, b, c, k, Language.ENGLISH);
    }

    /** The same, its steps and refusals said in {@code language}. */
    public static Result solve(GloveVectors vectors, String a, String b, String c, int k, Language language) {
        List<WordVector> words = words(vectors, a, b, c, language);
        WordVector va = words.get(0), vb = words.get(1), vc = words.get(2);
        int d = vectors.dimensions();
        double[] x = va.values(), y = vb.values(), z = vc.values();
        // 1) difference a − b: what separates a from b
        double[] diff = new double[d]; // (d)
        // 2) target t = a − b + c
        double[] t = new double[d];    // (d)
        for (int j = 0; j < d; j++) {
            diff[j] = x[j] - y[j];
            t[j] = diff[j] + z[j];
        }
        // 3) nearest words to t, the three inputs excluded
        //    (a word may be typed twice, as in king − king + king: the set keeps each once)
        List<NearestNeighbours.Neighbour> candidates = NearestNeighbours.search(vectors, t, k,
                new HashSet<>(List.of(va.rank(), vb.rank(), vc.rank())));
        NearestNeighbours.Neighbour best = candidates.get(0);

        List<String> dims = NearestNeighbours.dimensionLabels(d, language);
        String name = va.word() + " − " + vb.word() + " + " + vc.word();
        List<List<Object>> arithmetic = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            arithmetic.add(List.of(dims.get(j), x[j], y[j], diff[j], z[j], t[j]));
        }
        WordVector answer = vectors.vector(best.rank());
        Trace trace = Trace.builder()
                .add(VECTORS, Words.line(language, "an-vectors-title"),
                        "v(" + va.word() + "), v(" + vb.word() + "), v(" + vc.word() + ")",
                        Words.line(language, "an-vectors", "dimensions", d),
                        List.of(), new Value.Matrix(new double[][] {x, y, z}, List.of(va.word(), vb.word(), vc.word()), dims))
                .add(DIFFERENCE, Words.line(language, "an-difference-title"), "v(" + va.word() + ") − v(" + vb.word() + ")",
                        Words.line(language, "an-difference", "a", va.word(), "b", vb.word(), "x", f(x[0], language),
                                "y", paren(y[0], language), "difference", f(diff[0], language)),
                        List.of(VECTORS), new Value.Vector(diff, dims))
                .add(TARGET, Words.line(language, "an-target-title"),
                        "t = v(" + va.word() + ") − v(" + vb.word() + ") + v(" + vc.word() + ")",
                        Words.line(language, "an-target", "c", vc.word(), "difference", f(diff[0], language),
                                "z", paren(z[0], language), "t", f(t[0], language), "dimensions", d),
                        List.of(VECTORS, DIFFERENCE), new Value.Table(
                                List.of(Words.line(language, "column-dimension"), va.word(), vb.word(),
                                        va.word() + " − " + vb.word(), vc.word(), name),
                                arithmetic))
                .add(CANDIDATES, Words.line(language, "an-candidates-title"), Words.line(language,
                                "an-candidates-equation", "excluded", "{" + va.word() + ", " + vb.word() + ", " + vc.word() + "}"),
                        Words.line(language, "an-candidates"),
                        List.of(TARGET), NearestNeighbours.table(candidates, language))
                .add(ANSWER, Words.line(language, "an-answer-title"),
                        name + " ≈ " + best.word() + "   (cos = " + f(best.cosine(), language) + ")",
                        Words.line(language, "an-answer"),
                        List.of(CANDIDATES), new Value.Matrix(new double[][] {t, answer.values()}, List.of(name, best.word()), dims))
                .build();
        return new Result(va, vb, vc, t, candidates, trace);
    }

    /**
     * The three words' vectors, checked: what {@link #solve} needs, without the search.
     *
     * @throws InvalidInputException when a field is empty or not one word
     * @throws UnknownWordException  when a word has no vector
     */
    public static List<WordVector> words(GloveVectors vectors, String a, String b, String c) {
        return words(vectors, a, b, c, Language.ENGLISH);
    }

    /** The same, a refusal said in {@code language}. */
    public static List<WordVector> words(GloveVectors vectors, String a, String b, String c, Language language) {
        return List.of(require(vectors, a, "first", language), require(vectors, b, "second", language),
                require(vectors, c, "third", language));
    }

    private static WordVector require(GloveVectors vectors, String raw, String which, Language language) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(Words.line(language, "an-empty-" + which));
        }
        return vectors.lookup(raw, language);
    }

    private static String f(double x, Language language) {
        return Words.decimals(language, String.format(Locale.ROOT, "%.4f", x));
    }

    private static String paren(double x, Language language) {
        return x < 0 ? "(" + f(x, language) + ")" : f(x, language);
    }
}
