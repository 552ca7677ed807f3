package dev.glassbox.model.embedding;

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
        List<WordVector> words = words(vectors, a, b, c);
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

        List<String> dims = NearestNeighbours.dimensionLabels(d);
        String name = va.word() + " − " + vb.word() + " + " + vc.word();
        List<List<Object>> arithmetic = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            arithmetic.add(List.of(dims.get(j), x[j], y[j], diff[j], z[j], t[j]));
        }
        WordVector answer = vectors.vector(best.rank());
        Trace trace = Trace.builder()
                .add(VECTORS, "The three vectors", "v(" + va.word() + "), v(" + vb.word() + "), v(" + vc.word() + ")",
                        "Each word's " + d + " numbers, one row per word.",
                        List.of(), new Value.Matrix(new double[][] {x, y, z}, List.of(va.word(), vb.word(), vc.word()), dims))
                .add(DIFFERENCE, "Subtract", "v(" + va.word() + ") − v(" + vb.word() + ")",
                        "What is left of “" + va.word() + "” once “" + vb.word() + "” is taken away. In dimension 1: "
                                + f(x[0]) + " − " + paren(y[0]) + " = " + f(diff[0]) + ".",
                        List.of(VECTORS), new Value.Vector(diff, dims))
                .add(TARGET, "Add", "t = v(" + va.word() + ") − v(" + vb.word() + ") + v(" + vc.word() + ")",
                        "Add “" + vc.word() + "” to the difference, dimension by dimension. In dimension 1: "
                                + f(diff[0]) + " + " + paren(z[0]) + " = " + f(t[0]) + ". The table has all " + d + ".",
                        List.of(VECTORS, DIFFERENCE), new Value.Table(
                                List.of("dimension", va.word(), vb.word(), va.word() + " − " + vb.word(), vc.word(), name),
                                arithmetic))
                .add(CANDIDATES, "The words nearest to t", "argmax over w ∉ {" + va.word() + ", " + vb.word() + ", "
                                + vc.word() + "} of cos(v(w), t)",
                        "t is usually not exactly any word's vector, so we look for the words closest to it by cosine, "
                                + "leaving out the three words we started from (t is often still closest to one of them).",
                        List.of(TARGET), NearestNeighbours.table(candidates))
                .add(ANSWER, "Answer", name + " ≈ " + best.word() + "   (cos = " + f(best.cosine()) + ")",
                        "The nearest word. Compare its vector with t: close, but not equal.",
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
        return List.of(require(vectors, a, "first"), require(vectors, b, "second"), require(vectors, c, "third"));
    }

    private static WordVector require(GloveVectors vectors, String raw, String which) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("Please fill in all three words of the analogy: the " + which + " one is empty.");
        }
        return vectors.lookup(raw);
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }

    private static String paren(double x) {
        return x < 0 ? "(" + f(x) + ")" : f(x);
    }
}
