package dev.glassbox.model.attention;

import dev.glassbox.model.math.Linear;
import dev.glassbox.model.math.MatMul;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Multi-head self-attention, Vaswani et al. 2017, "Attention Is All You Need", §3.2.1–3.2.2:
 * <pre>
 *   Q = XW_Q + b_Q,  K = XW_K + b_K,  V = XW_V + b_V                 (T, dModel), split into h heads of dK
 *   Attention(Qᵢ, Kᵢ, Vᵢ) = softmax(QᵢKᵢᵀ / √dK + M) Vᵢ              M = 0 for real tokens, −∞ for padding
 *   MultiHead(X) = Concat(head₁ … head_h) W_O + b_O
 * </pre>
 * Dividing by √dK keeps the scores' spread independent of dK: the dot product of two vectors of dK independent
 * unit-variance entries has variance dK, so its standard deviation is √dK.
 *
 * <p>In cross-attention (§3.2.3, "encoder-decoder attention") the queries come from one sequence and the keys and
 * values from another: Q = XW_Q + b_Q, K = MW_K + b_K, V = MW_V + b_V with M the encoder's output, so each of the
 * decoder's T positions weighs the encoder's S positions.
 */
public final class MultiHeadAttention {

    /** Step ids of {@link #trace}. */
    public static final String Q = "q", K = "k", V = "v", HEAD_Q = "head-q", HEAD_K = "head-k", HEAD_V = "head-v",
            SCORES = "scores", SCALED = "scaled", MASKED = "masked", WEIGHTS = "weights", HEAD_OUTPUT = "head-output",
            CONCAT = "concat", OUTPUT = "attention-output";

    private final Linear wQ;
    private final Linear wK;
    private final Linear wV;
    private final Linear wO;
    private final int h;
    private final int dK;
    private final boolean causal;

    public MultiHeadAttention(Linear wQ, Linear wK, Linear wV, Linear wO, int h) {
        this(wQ, wK, wV, wO, h, false);
    }

    /**
     * @param causal true for a decoder's masked self-attention: query i may only read keys j ≤ i (M = −∞ above the
     *               diagonal), so no position sees the tokens after it
     */
    public MultiHeadAttention(Linear wQ, Linear wK, Linear wV, Linear wO, int h, boolean causal) {
        this.causal = causal;
        this.wQ = wQ;
        this.wK = wK;
        this.wV = wV;
        this.wO = wO;
        this.h = h;
        this.dK = wQ.out() / h;
    }

    public int heads() {
        return h;
    }

    public int dK() {
        return dK;
    }

    /** Every intermediate value of one application. */
    public record Result(
            float[][] q,         // (T, dModel)
            float[][] k,         // (S, dModel)  S = T in self-attention
            float[][] v,         // (S, dModel)
            float[][][] scores,  // (h, T, S)  QKᵀ before scaling
            float[][][] weights, // (h, T, S)  softmax rows, each sums to 1
            float[][] concat,    // (T, dModel) the heads' outputs side by side
            float[][] output,    // (T, dModel) after W_O
            boolean[] mask,      // (S) true for a real token
            int dK,
            boolean causal) {    // true: keys after the query are masked too

        public int tokens() {
            return q.length;
        }

        /** Head {@code head}'s slice of {@code m}: (T, dK). */
        public float[][] head(float[][] m, int head) {
            float[][] slice = new float[m.length][dK]; // (T, dK)
            for (int t = 0; t < m.length; t++) {
                System.arraycopy(m[t], head * dK, slice[t], 0, dK);
            }
            return slice;
        }

        /**
         * The additive mask M of query i and key j: 0 for a real token, −∞ (as the lowest float) for padding and,
         * in causal attention, for every key after the query (j &gt; i).
         */
        public float maskValue(int i, int j) {
            return mask[j] && !(causal && j > i) ? 0f : -Float.MAX_VALUE;
        }
    }

    /** Applies self-attention to x (T, dModel); {@code mask[j]} is false where key j is padding. */
    public Result apply(float[][] x, boolean[] mask) {
        return attend(x, x, mask);
    }

    /**
     * Applies attention of x (T, dModel) over {@code memory} (S, dModel): cross-attention, or self-attention when
     * they are the same; {@code mask[j]} is false where memory position j is padding.
     */
    public Result attend(float[][] x, float[][] memory, boolean[] mask) {
        int tokens = x.length;
        int keys = memory.length;
        // 1) project
        float[][] q = wQ.apply(x);      // (T, dModel)
        float[][] k = wK.apply(memory); // (S, dModel)
        float[][] v = wV.apply(memory); // (S, dModel)
        float[][][] scores = new float[h][][];            // (h, T, S)
        float[][][] weights = new float[h][tokens][keys]; // (h, T, S)
        float[][] concat = new float[tokens][h * dK];       // (T, dModel)
        float scale = (float) Math.sqrt(dK);
        IntStream.range(0, h).parallel().forEach(head -> {
            int off = head * dK;
            float[][] qh = new float[tokens][dK];  // (T, dK)  head's columns of Q
            float[] khT = new float[dK * keys];    // (dK, S)  head's columns of K, transposed
            float[] vh = new float[keys * dK];     // (S, dK)  head's columns of V
            for (int i = 0; i < tokens; i++) {
                System.arraycopy(q[i], off, qh[i], 0, dK);
            }
            for (int j = 0; j < keys; j++) {
                System.arraycopy(v[j], off, vh, j * dK, dK);
                for (int d = 0; d < dK; d++) {
                    khT[d * keys + j] = k[j][off + d];
                }
            }
            // 2) scores: sᵢⱼ = qᵢ · kⱼ, all of them as one product QₕKₕᵀ
            scores[head] = MatMul.product(qh, khT, dK, keys);
            for (int i = 0; i < tokens; i++) {
                float[] s = scores[head][i];
                float[] p = weights[head][i];
                float max = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < keys; j++) {
                    // 3) scale, then mask
                    p[j] = s[j] / scale + (mask[j] && !(causal && j > i) ? 0f : -Float.MAX_VALUE);
                    max = Math.max(max, p[j]);
                }
                // 4) softmax (shifted by the row maximum, which does not change it)
                double sum = 0;
                for (int j = 0; j < keys; j++) {
                    double e = Math.exp(p[j] - max);
                    p[j] = (float) e;
                    sum += e;
                }
                for (int j = 0; j < keys; j++) {
                    p[j] = (float) (p[j] / sum);
                }
            }
            // 5) weighted sum of the values, AVₕ, into the head's columns
            float[][] out = MatMul.product(weights[head], vh, keys, dK); // (T, dK)
            for (int i = 0; i < tokens; i++) {
                System.arraycopy(out[i], 0, concat[i], off, dK);
            }
        });
        // 6) concatenate the heads (done in place above) and project
        float[][] output = wO.apply(concat); // (T, dModel)
        return new Result(q, k, v, scores, weights, concat, output, mask.clone(), dK, causal);
    }

    /**
     * Adds the steps of one head (and the shared projections) to {@code trace}.
     *
     * @param inputId the id of the step holding x
     */
    public static void trace(Trace.Builder trace, Result r, int head, List<String> tokens, String inputId) {
        trace(trace, r, head, tokens, inputId, Language.ENGLISH);
    }

    /** As {@link #trace(Trace.Builder, Result, int, List, String)} with the steps told in {@code language}. */
    public static void trace(Trace.Builder trace, Result r, int head, List<String> tokens, String inputId,
                             Language language) {
        trace(trace, r, head, tokens, tokens, inputId, inputId, language);
    }

    /**
     * As {@link #trace(Trace.Builder, Result, int, List, String)} for attention of {@code queries} over
     * {@code keys}: cross-attention when {@code memoryId}, the step holding the keys' and values' input, differs
     * from {@code inputId}.
     */
    public static void trace(Trace.Builder trace, Result r, int head, List<String> queries, List<String> keys,
                             String inputId, String memoryId) {
        trace(trace, r, head, queries, keys, inputId, memoryId, Language.ENGLISH);
    }

    /**
     * As {@link #trace(Trace.Builder, Result, int, List, List, String, String)} with the steps' titles and explanations
     * in {@code language}.
     */
    public static void trace(Trace.Builder trace, Result r, int head, List<String> queries, List<String> keys,
                             String inputId, String memoryId, Language language) {
        LessonText text = LessonText.of("attention", language);
        boolean cross = !memoryId.equals(inputId);
        List<String> tokens = queries;
        int d = r.q()[0].length;
        List<String> dims = dimensions(d, "");
        List<String> headDims = dimensions(r.dK(), "");
        double root = Math.sqrt(r.dK());
        trace.add(Q, text.plain("mha-q-title"), "Q = X·W_Q + b_Q", text.plain("mha-q"),
                List.of(inputId), matrix(r.q(), tokens, dims));
        String from = cross ? "M" : "X";
        trace.add(K, text.plain("mha-k-title"), "K = " + from + "·W_K + b_K",
                text.plain(cross ? "mha-k-cross" : "mha-k"),
                List.of(memoryId), matrix(r.k(), keys, dims));
        trace.add(V, text.plain("mha-v-title"), "V = " + from + "·W_V + b_V",
                text.plain(cross ? "mha-v-cross" : "mha-v"),
                List.of(memoryId), matrix(r.v(), keys, dims));
        Map<String, Object> values = Map.of("head", head, "dK", r.dK());
        int first = head * r.dK() + 1;
        int to = (head + 1) * r.dK();
        trace.add(HEAD_Q, text.plain("mha-head-q-title", values), "Qₕ = Q[:, " + first + "…" + to + "]",
                text.plain("mha-head-q", values), List.of(Q),
                matrix(r.head(r.q(), head), tokens, headDims));
        trace.add(HEAD_K, text.plain("mha-head-k-title", values), "Kₕ = K[:, " + first + "…" + to + "]",
                text.plain("mha-head-k", values), List.of(K), matrix(r.head(r.k(), head), keys, headDims));
        trace.add(HEAD_V, text.plain("mha-head-v-title", values), "Vₕ = V[:, " + first + "…" + to + "]",
                text.plain("mha-head-v", values), List.of(V), matrix(r.head(r.v(), head), keys, headDims));
        float[][] s = r.scores()[head];
        trace.add(SCORES, text.plain("mha-scores-title"), "sᵢⱼ = qᵢ · kⱼ", text.plain("mha-scores"),
                List.of(HEAD_Q, HEAD_K), matrix(s, tokens, keys));
        float[][] scaled = new float[s.length][keys.size()];
        float[][] masked = new float[s.length][keys.size()];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < keys.size(); j++) {
                scaled[i][j] = (float) (s[i][j] / root);
                masked[i][j] = scaled[i][j] + r.maskValue(i, j);
            }
        }
        trace.add(SCALED, text.plain("mha-scaled-title"), String.format(Locale.ROOT, "sᵢⱼ / √%d = sᵢⱼ / %.4f", r.dK(), root),
                text.plain("mha-scaled", values),
                List.of(SCORES), matrix(scaled, tokens, keys));
        int padding = 0;
        for (boolean m : r.mask()) {
            padding += m ? 0 : 1;
        }
        if (r.causal()) {
            trace.add(MASKED, text.plain("mha-causal-title"), text.plain("mha-causal-formula"), text.plain("mha-causal"),
                    List.of(SCALED), matrix(masked, tokens, keys));
        } else if (cross) {
            trace.add(MASKED, text.plain("mha-no-mask-title"), "sᵢⱼ + 0", text.plain("mha-no-mask"),
                    List.of(SCALED), matrix(masked, tokens, keys));
        } else {
            trace.add(MASKED, text.plain("mha-padding-title"), text.plain("mha-padding-formula"),
                    padding == 0 ? text.plain("mha-padding-none") : text.plain("mha-padding", Map.of("n", padding)),
                    List.of(SCALED), matrix(masked, tokens, keys));
        }
        trace.add(WEIGHTS, text.plain("mha-weights-title"), "aᵢⱼ = exp(sᵢⱼ) / Σₖ exp(sᵢₖ)", text.plain("mha-weights"),
                List.of(MASKED), matrix(r.weights()[head], tokens, keys));
        trace.add(HEAD_OUTPUT, text.plain("mha-head-output-title", values), "headₕ = A·Vₕ", text.plain("mha-head-output"),
                List.of(WEIGHTS, HEAD_V), matrix(r.head(r.concat(), head), tokens, headDims));
        int heads = r.weights().length;
        trace.add(CONCAT, text.plain("mha-concat-title"), "Concat(head₀ … head" + subscript(heads - 1) + ")",
                text.plain("mha-concat", Map.of("heads", heads, "dK", r.dK(), "d", d)),
                List.of(HEAD_OUTPUT), matrix(r.concat(), tokens, dims));
        trace.add(OUTPUT, text.plain("mha-output-title"), "Concat(…)·W_O + b_O", text.plain("mha-output"), List.of(CONCAT), matrix(r.output(), tokens, dims));
    }

    /** n written with subscript digits. */
    static String subscript(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) ('₀' + (c - '0')));
        }
        return b.toString();
    }

    /** Labels d1 … dn. */
    public static List<String> dimensions(int n, String prefix) {
        List<String> labels = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            labels.add(prefix + "d" + i);
        }
        return labels;
    }

    /** A float matrix as a labelled value. */
    public static Value.Matrix matrix(float[][] m, List<String> rowLabels, List<String> columnLabels) {
        double[][] values = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            values[r] = new double[m[r].length];
            for (int c = 0; c < m[r].length; c++) {
                values[r][c] = m[r][c];
            }
        }
        return new Value.Matrix(values, rowLabels, columnLabels);
    }
}
