package dev.glassbox.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.glassbox.model.encoder.FeedForward;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * A finite-difference check of each operation's backward pass on its own: for a random input x and a random upstream
 * gradient G, L(x) = Σ G ⊙ op(x), and the backward pass given G must equal (L(x + ε) − L(x − ε)) / 2ε entry by entry.
 * The whole-model check is {@link DecoderBackpropTest}.
 */
class DecoderOperationsTest {

    /** Float arithmetic, ε = 1e-2, inputs of order 1: measured worst errors below 2e-3 (see DecoderBackpropTest). */
    private static final double MAX_RELATIVE_ERROR = 1e-2;
    private static final float EPSILON = 1e-2f;
    private static final double FLOOR = 1e-2;

    private final SplittableRandom random = new SplittableRandom(2024);

    @Test
    void linear_map() {
        int t = 5, in = 6, out = 7;
        float[] x = randoms(t * in);
        float[] w = randoms(in * out);
        float[] b = randoms(out);
        float[] g = randoms(t * out);
        ToDoubleFunction<float[]> viaX = xx -> dot(g, product(xx, t, in, w, b, out));
        ToDoubleFunction<float[]> viaW = ww -> dot(g, product(x, t, in, ww, b, out));
        ToDoubleFunction<float[]> viaB = bb -> dot(g, product(x, t, in, w, bb, out));
        float[] dx = new float[t * in];
        DecoderBackprop.inputGrad(g, t, out, transpose(w, in, out), in, dx);
        float[] dW = new float[in * out];
        float[] db = new float[out];
        DecoderBackprop.weightGrad(x, t, in, g, out, dW, db);
        assertThat(worst(viaX, x, dx)).as("dx").isLessThan(MAX_RELATIVE_ERROR);
        assertThat(worst(viaW, w, dW)).as("dW").isLessThan(MAX_RELATIVE_ERROR);
        assertThat(worst(viaB, b, db)).as("db").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void layer_norm() {
        int t = 3, d = 8;
        float[] x = randoms(t * d);
        float[] gamma = randoms(d);
        float[] beta = randoms(d);
        float[] g = randoms(t * d);
        ToDoubleFunction<float[]> viaX = xx -> dot(g, norm(xx, t, d, gamma, beta));
        ToDoubleFunction<float[]> viaGamma = gg -> dot(g, norm(x, t, d, gg, beta));
        float[] xhat = new float[t * d];
        float[] r = new float[t];
        DecoderBackprop.layerNorm(x, t, d, gamma, beta, xhat, r, new float[t * d]);
        float[] dx = new float[t * d];
        float[] dGamma = new float[d];
        DecoderBackprop.layerNormBackward(g, t, d, xhat, r, gamma, dGamma, new float[d], dx, false);
        assertThat(worst(viaX, x, dx)).as("dx").isLessThan(MAX_RELATIVE_ERROR);
        assertThat(worst(viaGamma, gamma, dGamma)).as("dγ").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void causal_attention_with_its_softmax() {
        int t = 5, n = 6, heads = 2, dh = 3, d = heads * dh;
        float[] qkv = randoms(t * 3 * d);
        float[] g = randoms(t * d);
        ToDoubleFunction<float[]> loss = q -> {
            float[] out = new float[t * d];
            DecoderBackprop.attention(q, t, n, heads, dh, new float[heads * n * n], out, new float[dh * n]);
            return dot(g, out);
        };
        float[] att = new float[heads * n * n];
        DecoderBackprop.attention(qkv, t, n, heads, dh, att, new float[t * d], new float[dh * n]);
        float[] dqkv = new float[t * 3 * d];
        DecoderBackprop.attentionBackward(qkv, att, g, t, n, heads, dh, dqkv, new float[dh * n], new float[n]);
        assertThat(worst(loss, qkv, dqkv)).isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void gelu_and_its_derivative() {
        for (double u = -6; u <= 6; u += 0.25) {
            // value: the same formula in double precision, as the inference model computes it
            assertThat((double) DecoderBackprop.gelu((float) u)).isCloseTo(FeedForward.Activation.GELU_TANH.apply(u), offset(1e-6));
            double numeric = (FeedForward.Activation.GELU_TANH.apply(u + 1e-5) - FeedForward.Activation.GELU_TANH.apply(u - 1e-5)) / 2e-5;
            assertThat((double) DecoderBackprop.geluDerivative((float) u)).as("GELU′(%s)", u)
                    .isCloseTo(numeric, offset(1e-5));
        }
    }

    // --- helpers

    private float[] randoms(int size) {
        float[] a = new float[size];
        for (int k = 0; k < size; k++) {
            a[k] = (float) (2 * random.nextDouble() - 1);
        }
        return a;
    }

    private static float[] product(float[] x, int t, int in, float[] w, float[] b, int out) {
        float[] y = new float[t * out];
        DecoderBackprop.matmul(x, t, in, w, b, out, y);
        return y;
    }

    private static float[] norm(float[] x, int t, int d, float[] gamma, float[] beta) {
        float[] y = new float[t * d];
        DecoderBackprop.layerNorm(x, t, d, gamma, beta, new float[t * d], new float[t], y);
        return y;
    }

    private static float[] transpose(float[] w, int rows, int cols) {
        float[] tr = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                tr[c * rows + r] = w[r * cols + c];
            }
        }
        return tr;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (double) a[k] * b[k];
        }
        return s;
    }

    /** The worst relative error between {@code analytic} and central differences of {@code loss} at {@code x}. */
    private static double worst(ToDoubleFunction<float[]> loss, float[] x, float[] analytic) {
        double worst = 0;
        for (int k = 0; k < x.length; k++) {
            float saved = x[k];
            x[k] = saved + EPSILON;
            double plus = loss.applyAsDouble(x);
            x[k] = saved - EPSILON;
            double minus = loss.applyAsDouble(x);
            x[k] = saved;
            double numeric = (plus - minus) / (2 * EPSILON);
            double error = Math.abs(analytic[k] - numeric) / Math.max(Math.abs(analytic[k]) + Math.abs(numeric), FLOOR);
            worst = Math.max(worst, error);
        }
        return worst;
    }
}
