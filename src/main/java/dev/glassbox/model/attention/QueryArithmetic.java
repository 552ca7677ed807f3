package dev.glassbox.model.attention;

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

    /** The steps of query token {@code i} in head {@code head}. */
    public static Trace trace(MultiHeadAttention.Result r, int head, int i, List<String> tokens) {
        int n = r.tokens();
        int dK = r.dK();
        float[][] q = r.head(r.q(), head); // (T, dK)
        float[][] k = r.head(r.k(), head); // (T, dK)
        float[][] v = r.head(r.v(), head); // (T, dK)
        float[] a = r.weights()[head][i];  // (T)
        double root = Math.sqrt(dK);
        List<String> dims = MultiHeadAttention.dimensions(dK, "");
        String name = "“" + tokens.get(i) + "”";
        Trace.Builder b = Trace.builder();
        double[] qi = new double[dK];
        for (int d = 0; d < dK; d++) {
            qi[d] = q[i][d];
        }
        b.add(QUERY, "The query of " + name, "q = row " + i + " of Qₕ",
                "The " + dK + " numbers with which " + name + " asks the other tokens: do you fit me?", List.of(),
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
        b.add(DOT_PRODUCTS, "Dot product with every key, then ÷ √" + dK,
                "q·k(" + tokens.get(top) + ") = " + terms + " + … (" + dK + " products) = "
                        + fmt(r.scores()[head][i][top]) + ";   ÷ √" + dK + " = ÷ " + fmt(root) + " → " + fmt(scaled[top]),
                "For each key token j, multiply q and kⱼ number by number and add the " + dK + " products; then divide by √"
                        + dK + ". The table lists every key; the column e^(s−max) subtracts the row's largest score ("
                        + fmt(max) + ") first, which keeps exp from overflowing and does not change the result.",
                List.of(QUERY), new Value.Table(List.of("j", "key token", "q·k", "÷ √" + dK, "e^(s − max)", "weight a"), rows));
        b.add(SOFTMAX, "Softmax: scores become weights",
                "a(" + tokens.get(top) + ") = e^(" + fmt(scaled[top]) + " − " + fmt(max) + ") / Σ e^(s − max) = "
                        + fmt(Math.exp(scaled[top] - max)) + " / " + fmt(denominator) + " = " + fmt(a[top]),
                "Each e^(s − max) divided by their sum " + fmt(denominator) + ": the weights are positive and add up to 1. "
                        + name + " gives most, " + fmt(a[top]) + ", to “" + tokens.get(top) + "”.",
                List.of(DOT_PRODUCTS), new Value.Vector(toDouble(a), tokens));
        float[][] weighted = new float[n][dK]; // (T, dK)
        double[] out = new double[dK];
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < dK; d++) {
                weighted[j][d] = a[j] * v[j][d];
                out[d] += weighted[j][d];
            }
        }
        b.add(WEIGHTED_VALUES, "Each value times its weight", "aⱼ · vⱼ",
                "Row j is token j's value vector scaled by the weight " + name + " gives it; small weights nearly erase a row.",
                List.of(SOFTMAX), MultiHeadAttention.matrix(weighted, tokens, dims));
        b.add(OUTPUT, "Their sum: the head's output for " + name, "out = Σⱼ aⱼ vⱼ",
                "Adding the rows gives " + name + "'s new " + dK + " numbers from this head: mostly “" + tokens.get(top)
                        + "”'s value.", List.of(WEIGHTED_VALUES), new Value.Vector(out, dims));
        return b.build();
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
