package dev.glassbox.model.attention;

import dev.glassbox.model.trace.Step;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;

/**
 * Self-attention small enough to check by hand (Vaswani et al. 2017, eq. 1, with h = 2 heads of dK = 2 on
 * dModel = 4): every word gets a made-up embedding of 4 numbers with one decimal, W_Q, W_K and W_V are 4 × 4
 * matrices of one-decimal numbers, both drawn from a fixed seed, and there are no biases and no output projection:
 * <pre>
 *   Q = XW_Q, K = XW_K, V = XW_V;   headₕ = softmax(QₕKₕᵀ / √2) Vₕ;   output = Concat(head₀, head₁)
 * </pre>
 * The numbers are not a trained model's: they only make the arithmetic small. Left out against the real model:
 * positions (nothing is added to X), the biases and the output projection W_O. Without positions, self-attention
 * cannot see order: the same word gets the same output row wherever it stands (see {@link #bagOfWords}).
 */
public final class TinyAttention {

    public static final int D_MODEL = 4;
    public static final int HEADS = 2;
    public static final int D_K = D_MODEL / HEADS;
    /** How many of the learner's first words are used. */
    public static final int MAX_WORDS = 5;
    /** The seed of the weights (and, with each word, of its embedding). */
    public static final long SEED = 2017;

    private TinyAttention() {
    }

    /** Every step, for the first {@value #MAX_WORDS} of {@code words}, explained in English. */
    public static Trace trace(List<String> words) {
        return trace(words, Language.ENGLISH);
    }

    /** Every step, for the first {@value #MAX_WORDS} of {@code words}, explained in {@code language}. */
    public static Trace trace(List<String> words, Language language) {
        LessonText text = LessonText.of("attention", language);
        String weightsFormula = text.plain("tiny-weights-formula");
        List<String> w = List.copyOf(words.subList(0, Math.min(MAX_WORDS, words.size())));
        int n = w.size();
        List<String> dims = MultiHeadAttention.dimensions(D_MODEL, "");
        List<String> headDims = MultiHeadAttention.dimensions(D_K, "");
        double[][] x = new double[n][]; // (T, dModel)
        for (int t = 0; t < n; t++) {
            x[t] = oneDecimal(new Random(SEED * 31 + w.get(t).toLowerCase(Locale.ROOT).hashCode()), D_MODEL);
        }
        Random weights = new Random(SEED);
        double[][] wQ = matrix(weights), wK = matrix(weights), wV = matrix(weights); // (dModel, dModel)
        double[][] q = multiply(x, wQ), k = multiply(x, wK), v = multiply(x, wV);  // (T, dModel)
        Trace.Builder b = Trace.builder();
        b.add("x", text.plain("tiny-x-title"), "X", text.plain("tiny-x", Map.of("seed", SEED)), List.of(),
                new Value.Matrix(x, w, dims));
        b.add("w-q", "W_Q", weightsFormula, text.plain("tiny-w-q"), List.of(), new Value.Matrix(wQ, dims, dims));
        b.add("w-k", "W_K", weightsFormula, text.plain("tiny-w-k"), List.of(), new Value.Matrix(wK, dims, dims));
        b.add("w-v", "W_V", weightsFormula, text.plain("tiny-w-v"), List.of(), new Value.Matrix(wV, dims, dims));
        b.add("q", text.plain("tiny-q-title"), "Q = X·W_Q", text.plain("tiny-q"), List.of("x", "w-q"),
                new Value.Matrix(q, w, dims));
        b.add("k", text.plain("tiny-k-title"), "K = X·W_K", text.plain("tiny-k"), List.of("x", "w-k"),
                new Value.Matrix(k, w, dims));
        b.add("v", text.plain("tiny-v-title"), "V = X·W_V", text.plain("tiny-v"), List.of("x", "w-v"),
                new Value.Matrix(v, w, dims));
        double[][] output = new double[n][D_MODEL]; // (T, dModel)
        List<String> heads = new ArrayList<>();
        for (int h = 0; h < HEADS; h++) {
            int off = h * D_K;
            String cols = "d" + (off + 1) + ", d" + (off + 2);
            double[][] s = new double[n][n], scaled = new double[n][n], a = new double[n][n]; // (T, T)
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    // 2) scores
                    for (int d = 0; d < D_K; d++) {
                        s[i][j] += q[i][off + d] * k[j][off + d];
                    }
                    // 3) scale
                    scaled[i][j] = s[i][j] / Math.sqrt(D_K);
                    max = Math.max(max, scaled[i][j]);
                }
                // 4) softmax
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    a[i][j] = Math.exp(scaled[i][j] - max);
                    sum += a[i][j];
                }
                for (int j = 0; j < n; j++) {
                    a[i][j] /= sum;
                }
                // 5) weighted sum
                for (int j = 0; j < n; j++) {
                    for (int d = 0; d < D_K; d++) {
                        output[i][off + d] += a[i][j] * v[j][off + d];
                    }
                }
            }
            String p = "head-" + h + "-";
            Map<String, Object> head = Map.of("h", h, "columns", cols);
            b.add(p + "scores", text.plain("tiny-scores-title", head), text.plain("tiny-scores-formula", head),
                    text.plain("tiny-scores", head), List.of("q", "k"), new Value.Matrix(s, w, w));
            b.add(p + "scaled", text.plain("tiny-scaled-title", head), "sᵢⱼ / √2 = sᵢⱼ / 1.4142", text.plain("tiny-scaled"),
                    List.of(p + "scores"), new Value.Matrix(scaled, w, w));
            b.add(p + "weights", text.plain("tiny-weights-title", head), "aᵢⱼ = e^(sᵢⱼ) / Σₖ e^(sᵢₖ)",
                    text.plain("tiny-weights"), List.of(p + "scaled"), new Value.Matrix(a, w, w));
            double[][] out = new double[n][D_K];
            for (int i = 0; i < n; i++) {
                System.arraycopy(output[i], off, out[i], 0, D_K);
            }
            b.add(p + "output", text.plain("tiny-head-output-title", head), "headₕ = A·Vₕ",
                    text.plain("tiny-head-output", head), List.of(p + "weights", "v"),
                    new Value.Matrix(out, w, headDims));
            heads.add(p + "output");
        }
        b.add("output", text.plain("tiny-output-title"), "Concat(head₀, head₁)", text.plain("tiny-output"), heads,
                new Value.Matrix(output, w, dims));
        return b.build();
    }

    /**
     * What the missing positions mean, computed: the words' output rows, in the given order and reversed, and
     * every pair of equal words.
     *
     * @param words             the words used (at most {@value #MAX_WORDS})
     * @param reversedDifference the largest difference between a word's output row and the same word's row when
     *                          the words are read in reverse order
     * @param repeats           pairs {i, j} (i &lt; j) of the same word (ignoring case)
     * @param repeatDifference  the largest difference between the output rows of such a pair (0 when none)
     */
    public record BagOfWords(List<String> words, double reversedDifference, List<int[]> repeats, double repeatDifference) {
    }

    public static BagOfWords bagOfWords(List<String> words) {
        List<String> w = List.copyOf(words.subList(0, Math.min(MAX_WORDS, words.size())));
        int n = w.size();
        double[][] out = output(trace(w));
        double[][] reversed = output(trace(w.reversed()));
        double reversedDifference = 0;
        for (int i = 0; i < n; i++) {
            reversedDifference = Math.max(reversedDifference, difference(out[i], reversed[n - 1 - i]));
        }
        List<int[]> repeats = new ArrayList<>();
        double repeatDifference = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (w.get(i).toLowerCase(Locale.ROOT).equals(w.get(j).toLowerCase(Locale.ROOT))) {
                    repeats.add(new int[] {i, j});
                    repeatDifference = Math.max(repeatDifference, difference(out[i], out[j]));
                }
            }
        }
        return new BagOfWords(w, reversedDifference, List.copyOf(repeats), repeatDifference);
    }

    private static double[][] output(Trace trace) {
        Value.Matrix m = (Value.Matrix) trace.step("output").value();
        double[][] rows = new double[m.rows()][m.columns()];
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.columns(); c++) {
                rows[r][c] = m.get(r, c);
            }
        }
        return rows;
    }

    private static double difference(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    /** The trace as a CSV worksheet: one block per step, numbers at full precision. */
    public static String csv(Trace trace) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Step step : trace.steps()) {
            out.append(cell(n++ + ". " + step.title() + ": " + step.equation())).append('\n');
            if (step.value() instanceof Value.Matrix m) {
                out.append(cell(""));
                for (String c : m.columnLabels()) {
                    out.append(',').append(cell(c));
                }
                out.append('\n');
                for (int r = 0; r < m.rows(); r++) {
                    out.append(cell(m.rowLabels().get(r)));
                    for (int c = 0; c < m.columns(); c++) {
                        out.append(',').append(m.get(r, c));
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A CSV cell: quoted, and never read as a spreadsheet formula. */
    static String cell(String s) {
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static double[] oneDecimal(Random random, int n) {
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            row[i] = (random.nextInt(21) - 10) / 10.0;
        }
        return row;
    }

    private static double[][] matrix(Random random) {
        double[][] m = new double[D_MODEL][];
        for (int i = 0; i < D_MODEL; i++) {
            m[i] = oneDecimal(random, D_MODEL);
        }
        return m;
    }

    private static double[][] multiply(double[][] x, double[][] w) {
        double[][] y = new double[x.length][w[0].length];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < w[0].length; c++) {
                for (int i = 0; i < w.length; i++) {
                    y[r][c] += x[r][i] * w[i][c];
                }
            }
        }
        return y;
    }
}
