package dev.glassbox.model.math;

/**
 * GELU, Hendrycks &amp; Gimpel 2016, exactly as BERT's ONNX export computes it (Div by √2, Erf, Add 1, Mul, Mul ½):
 * <pre>
 *   GELU(u) = u · ½ · (1 + erf(u / √2))
 * </pre>
 * with {@link ErrorFunction#erf}, in double precision, rounded to float at the end. The feed-forward layer applies it
 * to every hidden unit (T × 1536 times per MiniLM layer); when the run has the Vector API module, {@link #apply}
 * does the same arithmetic several lanes at a time ({@code VectorGelu}), with the Vector API's exp (within 1 ulp of
 * {@link Math#exp}, so the float results agree with the one-at-a-time ones to about one float ulp at most).
 */
public final class Gelu {

    static final double SQRT2 = Math.sqrt(2);

    private static final boolean VECTOR = MatMul.usesVector();

    private Gelu() {
    }

    /** GELU(u). */
    public static double of(double u) {
        return u * 0.5 * (1 + ErrorFunction.erf(u / SQRT2));
    }

    /** out[i] = GELU(u[i]) rounded to float, for every i. */
    public static void apply(float[] u, float[] out) {
        if (VECTOR) {
            VectorGelu.apply(u, out);
        } else {
            reference(u, out, 0);
        }
    }

    /** out[i] = GELU(u[i]) for i ≥ {@code from}, one at a time. */
    static void reference(float[] u, float[] out, int from) {
        for (int i = from; i < u.length; i++) {
            out[i] = (float) of(u[i]);
        }
    }
}
