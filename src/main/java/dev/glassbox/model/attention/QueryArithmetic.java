package dev.glassbox.model.attention;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One query token's attention, worked through with its numbers (Vaswani et al. 2017, eq. 1, for one row):
 * <pre>
 *   sⱼ = q · kⱼ,   s'ⱼ = sⱼ / √dK,   aⱼ = exp(s'ⱼ) / Σₖ exp(s'ₖ),   out = Σⱼ aⱼ vⱼ
 * </pre>
 */
public final class QueryArithmetic {

    /** Step ids. */
    public static final String QUERY = "query", DOT_PRODUCTS = "dot-products", SOFTMAX = "softmax",
            WEIGHTED_VALUES = "weighted-values", OUTPUT = "query-output";

    private QueryArithmetic() {
    }

    /** The steps of query token {@code i} in head {@code head}, explained in English. */
    public static Trace trace(MultiHeadAttention.Result r, int head, int i, List<String> tokens) {
        return trace(r, head, i, tokens, Language.ENGLISH);
    }

    /** The steps of query token {@code i} in head {@code head}, explained in {@code language}. */
    public static Trace trace(MultiHeadAttention.Result r, int head, int i, List<String> tokens, Language language) {
        LessonText text = LessonText.of("attention", language);
        int n = r.tokens();
        int dK = r.dK();
        float[][] q = r.head(r.q(), head); // (T, dK)
        float[][] k = r.head(r.k(), head); // (T, dK)
        float[][] v = r.head(r.v(), head); // (T, dK)
        float[] a = r.weights()[head][i];  // (T)
        double root = Math.sqrt(dK);
        List<String> dims = MultiHeadAttention.dimensions(dK, "");
        String name = tokens.get(i);
        Trace.Builder b = Trace.builder();
        double[] qi = new double[dK];
        for (int d = 0; d < dK; d++) {
            qi[d] = q[i][d];
        }
        b.add(QUERY, text.plain("qa-query-title", LessonText.values("token", name)), "q = row " + i + " of Qₕ",
                text.plain("qa-query", LessonText.values("dK", dK, "token", name)), List.of(),
                new Value.Vector(qi, dims));
        // the strongest key, written out in full below
        int top = 0;
        for (int j = 1; j < n; j++) {
            if (a[j] > a[top]) {
                top = j;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        double[] scaled = new double[n];
        for (int j = 0; j < n; j++) {
            scaled[j] = r.scores()[head][i][j] / root + r.maskValue(i, j);
            max = Math.max(max, scaled[j]);
        }
        double denominator = 0;
        for (int j = 0; j < n; j++) {
            denominator += Math.exp(scaled[j] - max);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            rows.add(List.of(j, tokens.get(j), (double) r.scores()[head][i][j], scaled[j], Math.exp(scaled[j] - max),
                    (double) a[j]));
        }
        StringBuilder terms = new StringBuilder();
        for (int d = 0; d < 3; d++) {
            terms.append(d == 0 ? "" : " + ").append(fmt(q[i][d])).append("×").append(fmt(k[top][d]));
        }
        b.add(DOT_PRODUCTS, text.plain("qa-dot-title", LessonText.values("dK", dK)),
                text.plain("qa-dot-formula", LessonText.values("top", tokens.get(top), "terms", terms, "dK", dK,
                        "score", fmt(r.scores()[head][i][top]), "root", fmt(root), "scaled", fmt(scaled[top]))),
                text.plain("qa-dot", LessonText.values("dK", dK, "max", fmt(max, language))),
                List.of(QUERY), new Value.Table(List.of("j", text.plain("qa-key-column"), "q·k", "÷ √" + dK, "e^(s − max)",
                        text.plain("qa-weight-column")), rows));
        b.add(SOFTMAX, text.plain("qa-softmax-title"),
                "a(" + tokens.get(top) + ") = e^(" + fmt(scaled[top]) + " − " + fmt(max) + ") / Σ e^(s − max) = "
                        + fmt(Math.exp(scaled[top] - max)) + " / " + fmt(denominator) + " = " + fmt(a[top]),
                text.plain("qa-softmax", LessonText.values("sum", fmt(denominator, language), "token", name,
                        "weight", fmt(a[top], language), "top", tokens.get(top))),
                List.of(DOT_PRODUCTS), new Value.Vector(toDouble(a), tokens));
        float[][] weighted = new float[n][dK]; // (T, dK)
        double[] out = new double[dK];
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < dK; d++) {
                weighted[j][d] = a[j] * v[j][d];
                out[d] += weighted[j][d];
            }
        }
        b.add(WEIGHTED_VALUES, text.plain("qa-weighted-title"), "aⱼ · vⱼ",
                text.plain("qa-weighted", LessonText.values("token", name)),
                List.of(SOFTMAX), MultiHeadAttention.matrix(weighted, tokens, dims));
        b.add(OUTPUT, text.plain("qa-output-title", LessonText.values("token", name)), "out = Σⱼ aⱼ vⱼ",
                text.plain("qa-output", LessonText.values("token", name, "dK", dK, "top", tokens.get(top))),
                List.of(WEIGHTED_VALUES), new Value.Vector(out, dims));
        return b.build();
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    /** {@code x} with four decimals, written with {@code language}'s decimal separator (for prose, not formulas). */
    static String fmt(double x, Language language) {
        return fmt(x).replace('.', language.decimalSeparator());
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
