package dev.glassbox.model.math;

import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MatMul}'s product with the Vector API: a register-blocked kernel keeping 4 tokens × 3 vectors of outputs
 * (12 accumulators) in registers while it walks down W, so each loaded piece of W serves four tokens and each
 * broadcast x serves three vectors. Lanes use {@code fma} in the same k order as {@link MatMul#reference}, so the
 * result is bit for bit the same. Loaded only when the module {@code jdk.incubator.vector} is present.
 */
final class VectorMatMul {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int ROWS = 4;
    private static final int WIDE = 3 * L;

    private VectorMatMul() {
    }

    static String describe() {
        return "vector (" + S.vectorBitSize() + "-bit)";
    }

    static float[][] affine(float[][] x, float[] w, float[] b, int in, int out) {
        int rows = x.length;
        float[][] y = new float[rows][out]; // (T, out)
        int rowBlocks = (rows + ROWS - 1) / ROWS;
        int wide = out / WIDE;                      // column blocks of 3 vectors
        int columnBlocks = Math.max(1, wide);
        // one task per (token block, column block); the last column block also takes the narrow columns
        IntStream.range(0, rowBlocks * columnBlocks).parallel().forEach(task -> {
            int t0 = (task / columnBlocks) * ROWS;
            int c = task % columnBlocks;
            int from = c * WIDE;
            int to = c == columnBlocks - 1 ? out : from + WIDE;
            if (rows - t0 >= ROWS) {
                if (c < wide) {
                    four(x, w, in, out, t0, from, y);
                    from += WIDE;
                }
                for (int t = t0; t < t0 + ROWS; t++) {
                    narrow(x[t], w, in, out, from, to, y[t]);
                }
            } else {
                for (int t = t0; t < rows; t++) {
                    narrow(x[t], w, in, out, from, to, y[t]);
                }
            }
            for (int t = t0; t < Math.min(rows, t0 + ROWS); t++) {
                for (int j = c * WIDE; j < to; j++) {
                    y[t][j] += b[j];
                }
            }
        });
        return y;
    }

    /** Tokens t0 … t0+3, columns j … j+3L−1 (without the bias). */
    private static void four(float[][] x, float[] w, int in, int out, int t0, int j, float[][] y) {
        float[] x0 = x[t0], x1 = x[t0 + 1], x2 = x[t0 + 2], x3 = x[t0 + 3];
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00, a10 = a00, a11 = a00, a12 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00, a30 = a00, a31 = a00, a32 = a00;
        for (int k = 0, base = j; k < in; k++, base += out) {
            FloatVector w0 = FloatVector.fromArray(S, w, base);
            FloatVector w1 = FloatVector.fromArray(S, w, base + L);
            FloatVector w2 = FloatVector.fromArray(S, w, base + 2 * L);
            FloatVector c = FloatVector.broadcast(S, x0[k]);
            a00 = w0.fma(c, a00);
            a01 = w1.fma(c, a01);
            a02 = w2.fma(c, a02);
            c = FloatVector.broadcast(S, x1[k]);
            a10 = w0.fma(c, a10);
            a11 = w1.fma(c, a11);
            a12 = w2.fma(c, a12);
            c = FloatVector.broadcast(S, x2[k]);
            a20 = w0.fma(c, a20);
            a21 = w1.fma(c, a21);
            a22 = w2.fma(c, a22);
            c = FloatVector.broadcast(S, x3[k]);
            a30 = w0.fma(c, a30);
            a31 = w1.fma(c, a31);
            a32 = w2.fma(c, a32);
        }
        store(y[t0], j, a00, a01, a02);
        store(y[t0 + 1], j, a10, a11, a12);
        store(y[t0 + 2], j, a20, a21, a22);
        store(y[t0 + 3], j, a30, a31, a32);
    }

    private static void store(float[] yt, int j, FloatVector v0, FloatVector v1, FloatVector v2) {
        v0.intoArray(yt, j);
        v1.intoArray(yt, j + L);
        v2.intoArray(yt, j + 2 * L);
    }

    /** One token, columns from … to−1 (without the bias): whole vectors, then single columns. */
    private static void narrow(float[] xt, float[] w, int in, int out, int from, int to, float[] yt) {
        int j = from;
        for (; j + L <= to; j += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int k = 0, base = j; k < in; k++, base += out) {
                acc = FloatVector.fromArray(S, w, base).fma(FloatVector.broadcast(S, xt[k]), acc);
            }
            acc.intoArray(yt, j);
        }
        for (; j < to; j++) {
            float acc = 0f;
            for (int k = 0; k < in; k++) {
                acc = Math.fma(xt[k], w[k * out + j], acc);
            }
            yt[j] = acc;
        }
    }
}
