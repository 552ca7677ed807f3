package dev.glassbox.model.encoder;

import java.util.stream.IntStream;

/**
 * Layer normalisation, Ba, Kiros &amp; Hinton 2016, eq. 4, applied to each token's vector x of n numbers:
 * <pre>
 *   μ = (1/n) Σ xᵢ,   σ² = (1/n) Σ (xᵢ − μ)²,   zᵢ = (xᵢ − μ) / √(σ² + ε),   yᵢ = γᵢ·zᵢ + βᵢ
 * </pre>
 * z is the z-score of each number among its token's own numbers; γ (scale) and β (shift) are learned. The ONNX
 * export spells it out as ReduceMean, Sub, Pow, ReduceMean, Add ε, Sqrt, Div, Mul, Add, which this follows.
 */
public final class LayerNorm {

    /** ε of all-MiniLM-L6-v2 (BERT's {@code layer_norm_eps}). */
    public static final double EPSILON = 1e-12;

    private final float[] gamma; // (dModel)
    private final float[] beta;  // (dModel)
    private final double epsilon;

    /** A layer norm with MiniLM's ε. */
    public LayerNorm(float[] gamma, float[] beta) {
        this(gamma, beta, EPSILON);
    }

    public LayerNorm(float[] gamma, float[] beta, double epsilon) {
        this.gamma = gamma.clone();
        this.beta = beta.clone();
        this.epsilon = epsilon;
    }

    public double epsilon() {
        return epsilon;
    }

    public float gamma(int i) {
        return gamma[i];
    }

    public float beta(int i) {
        return beta[i];
    }

    /**
     * @param x        the input (T, n), kept by reference (never changed)
     * @param mu       per-token mean (T)
     * @param variance per-token population variance (T)
     * @param y        the output (T, n)
     * @param epsilon  the ε added to the variance
     */
    public record Result(float[][] x, float[] mu, float[] variance, float[][] y, double epsilon) {

        /** Per-token standard deviation √(σ² + ε), the divisor. */
        public double sigma(int t) {
            return Math.sqrt(variance[t] + epsilon);
        }

        /** The z-scores (T, n), recomputed from x, μ and σ. */
        public float[][] z() {
            float[][] z = new float[x.length][x[0].length]; // (T, n)
            for (int t = 0; t < x.length; t++) {
                double s = sigma(t);
                for (int i = 0; i < x[t].length; i++) {
                    z[t][i] = (float) ((x[t][i] - mu[t]) / s);
                }
            }
            return z;
        }
    }

    public Result apply(float[][] x) {
        int tokens = x.length;
        int n = x[0].length;
        float[] mu = new float[tokens];        // (T)
        float[] variance = new float[tokens];  // (T)
        float[][] y = new float[tokens][n];    // (T, n)
        IntStream.range(0, tokens).parallel().forEach(t -> {
            // 1) mean
            double sum = 0;
            for (float value : x[t]) {
                sum += value;
            }
            double m = sum / n;
            // 2) variance (population: divide by n)
            double squares = 0;
            for (float value : x[t]) {
                squares += (value - m) * (value - m);
            }
            double var = squares / n;
            // 3) z-score, 4) scale and shift
            double sigma = Math.sqrt(var + epsilon);
            for (int i = 0; i < n; i++) {
                y[t][i] = (float) (gamma[i] * ((x[t][i] - m) / sigma) + beta[i]);
            }
            mu[t] = (float) m;
            variance[t] = (float) var;
        });
        return new Result(x, mu, variance, y, epsilon);
    }
}
