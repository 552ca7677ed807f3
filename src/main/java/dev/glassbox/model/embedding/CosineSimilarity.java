package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.List;
import java.util.Locale;

/**
 * Cosine similarity: cos(a, b) = a·b / (‖a‖ ‖b‖), the cosine of the angle between two vectors. It is 1 when they
 * point the same way, 0 when they are at right angles, −1 when they point opposite ways; their lengths do not
 * matter.
 *
 * <p>Source: Jurafsky and Martin, "Speech and Language Processing" (3rd ed. draft), §6.4 "Cosine for measuring
 * similarity", equation 6.10.
 */
public final class CosineSimilarity {

    public static final String DOT = "dot";
    public static final String NORMS = "norms";
    public static final String COSINE = "cosine";
    public static final String MATRIX = "similarity";

    private CosineSimilarity() {
    }

    /** cos(a, b); 0 when either vector is all zeros. */
    public static double cosine(double[] a, double[] b) {
        double dot = 0, aa = 0, bb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            aa += a[j] * a[j];
            bb += b[j] * b[j];
        }
        return aa == 0 || bb == 0 ? 0 : dot / (Math.sqrt(aa) * Math.sqrt(bb));
    }

    /** cos(a, b) with its three steps: the dot product, the two lengths, and their quotient. */
    public static Trace trace(WordVector a, WordVector b) {
        double[] x = a.values(), y = b.values();
        // 1) dot product
        double dot = 0;
        for (int j = 0; j < x.length; j++) {
            dot += x[j] * y[j];
        }
        // 2) lengths
        double na = a.norm(), nb = b.norm();
        // 3) cosine
        double cos = cosine(x, y);
        return Trace.builder()
                .add(DOT, "Dot product", "a·b = Σⱼ aⱼ bⱼ = " + fmt(dot),
                        "Multiply the two vectors dimension by dimension and add the " + x.length + " products. "
                                + "It is large when both are large in the same dimensions.",
                        List.of(), new Value.Scalar(dot))
                .add(NORMS, "Lengths", "‖a‖ = √(Σ aⱼ²),  ‖b‖ = √(Σ bⱼ²)",
                        "The length of each vector. Dividing by the lengths removes them from the comparison, "
                                + "so only the direction counts.",
                        List.of(), new Value.Table(List.of("word", "length"), List.of(List.of(a.word(), na), List.of(b.word(), nb))))
                .add(COSINE, "Cosine similarity", "cos(" + a.word() + ", " + b.word() + ") = a·b / (‖a‖ ‖b‖) = " + fmt(cos),
                        "1 means the same direction, 0 at right angles (orthogonal, which is not the same as having nothing "
                                + "in common), −1 opposite.",
                        List.of(DOT, NORMS), new Value.Scalar(cos))
                .build();
    }

    /** The matrix S with Sᵢⱼ = cos(wᵢ, wⱼ) of a list of word vectors, as one step.  // (n, n) */
    public static Trace matrix(List<WordVector> words) {
        return matrix(words, Language.ENGLISH);
    }

    /** The same, its step told in {@code language}. */
    public static Trace matrix(List<WordVector> words, Language language) {
        int n = words.size();
        double[][] s = new double[n][n]; // (n, n)
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = i == j && words.get(i).norm() > 0 ? 1.0 : cosine(words.get(i).values(), words.get(j).values());
            }
        }
        List<String> labels = words.stream().map(WordVector::word).toList();
        return Trace.builder()
                .add(MATRIX, Words.line(language, "cos-matrix-title"), "Sᵢⱼ = cos(vᵢ, vⱼ)",
                        Words.line(language, "cos-matrix"),
                        List.of(), new Value.Matrix(s, labels, labels))
                .build();
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
