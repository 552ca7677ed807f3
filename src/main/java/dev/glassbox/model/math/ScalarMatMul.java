package dev.glassbox.model.math;

import java.util.stream.IntStream;

/**
 * {@link MatMul}'s product without the Vector API: the same sums as {@link MatMul#reference}, 4 tokens × 4 columns
 * at a time in 16 local accumulators, so each loaded W[k][j] serves four tokens and each x[t][k] four columns,
 * and nothing is stored until a sum is complete. Same fma, same k order: the same bits as the reference.
 */
final class ScalarMatMul {

    private static final int ROWS = 4;
    private static final int COLUMNS = 4;

    private ScalarMatMul() {
    }

    /** y = xW + b, or xW when {@code b} is null, W (in, out) row-major; token blocks in parallel when asked. */
    static float[][] affine(float[][] x, float[] w, float[] b, int in, int out, boolean parallel) {
        int rows = x.length;
        float[][] y = new float[rows][out]; // (T, out)
        int split = out / COLUMNS * COLUMNS;
        IntStream blocks = IntStream.range(0, (rows + ROWS - 1) / ROWS);
        (parallel ? blocks.parallel() : blocks).forEach(block -> {
            int t0 = block * ROWS;
            int t1 = Math.min(rows, t0 + ROWS);
            if (t1 - t0 == ROWS) {
                for (int j = 0; j < split; j += COLUMNS) {
                    four(x, w, in, out, t0, j, y);
                }
                for (int t = t0; t < t1; t++) {
                    MatMul.row(x[t], w, null, in, out, split, out, y[t]);
                }
            } else {
                for (int t = t0; t < t1; t++) {
                    MatMul.row(x[t], w, null, in, out, 0, out, y[t]);
                }
            }
            for (int t = t0; t < t1 && b != null; t++) {
                for (int j = 0; j < out; j++) {
                    y[t][j] += b[j];
                }
            }
        });
        return y;
    }

    /** Tokens t0 … t0+3, columns j … j+3 (without the bias). */
    private static void four(float[][] x, float[] w, int in, int out, int t0, int j, float[][] y) {
        float[] x0 = x[t0], x1 = x[t0 + 1], x2 = x[t0 + 2], x3 = x[t0 + 3];
        float a00 = 0, a01 = 0, a02 = 0, a03 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0;
        float a20 = 0, a21 = 0, a22 = 0, a23 = 0, a30 = 0, a31 = 0, a32 = 0, a33 = 0;
        for (int k = 0, base = j; k < in; k++, base += out) {
            float w0 = w[base], w1 = w[base + 1], w2 = w[base + 2], w3 = w[base + 3];
            float c = x0[k];
            a00 = Math.fma(c, w0, a00);
            a01 = Math.fma(c, w1, a01);
            a02 = Math.fma(c, w2, a02);
            a03 = Math.fma(c, w3, a03);
            c = x1[k];
            a10 = Math.fma(c, w0, a10);
            a11 = Math.fma(c, w1, a11);
            a12 = Math.fma(c, w2, a12);
            a13 = Math.fma(c, w3, a13);
            c = x2[k];
            a20 = Math.fma(c, w0, a20);
            a21 = Math.fma(c, w1, a21);
            a22 = Math.fma(c, w2, a22);
            a23 = Math.fma(c, w3, a23);
            c = x3[k];
            a30 = Math.fma(c, w0, a30);
            a31 = Math.fma(c, w1, a31);
            a32 = Math.fma(c, w2, a32);
            a33 = Math.fma(c, w3, a33);
        }
        store(y[t0], j, a00, a01, a02, a03);
        store(y[t0 + 1], j, a10, a11, a12, a13);
        store(y[t0 + 2], j, a20, a21, a22, a23);
        store(y[t0 + 3], j, a30, a31, a32, a33);
    }

    private static void store(float[] yt, int j, float v0, float v1, float v2, float v3) {
        yt[j] = v0;
        yt[j + 1] = v1;
        yt[j + 2] = v2;
        yt[j + 3] = v3;
    }
}
