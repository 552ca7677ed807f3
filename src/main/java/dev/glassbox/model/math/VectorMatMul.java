package dev.glassbox.model.math;

import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MatMul}'s product with the Vector API: a register-blocked kernel keeping 4 tokens × 3 vectors of outputs
 * (12 accumulators) in registers while it walks down W, so each loaded piece of W serves four tokens and each
 * broadcast x serves three vectors. W comes packed ({@link MatMul#pack}): the columns of each panel of 3 vectors'
 * width lie next to each other, k after k, so the kernel reads memory in order. Lanes use {@code fma} in the same
 * k order as {@link MatMul#reference}, so the result is bit for bit the same. Loaded only when the module
 * {@code jdk.incubator.vector} is present.
 */
final class VectorMatMul {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int ROWS = 4;
    /** Width of one panel of packed W: three vectors. */
    static final int WIDE = 3 * L;

    private VectorMatMul() {
    }

    static String describe() {
        return "vector (" + S.vectorBitSize() + "-bit)";
    }

    /** y = xW + b, or xW when {@code b} is null, W packed; tasks in parallel when {@code parallel}. */
    static float[][] affine(float[][] x, float[] packed, float[] b, int in, int out, boolean parallel) {
        int rows = x.length;
        float[][] y = new float[rows][out]; // (T, out)
        int rowBlocks = (rows + ROWS - 1) / ROWS;
        int panels = out / WIDE;
        int split = panels * WIDE;
        boolean rest = split < out;
        int columnBlocks = panels + (rest ? 1 : 0);
        // one task per (panel, token block), panel-major: a thread's consecutive tasks reuse the same panel of W
        IntStream tasks = IntStream.range(0, rowBlocks * columnBlocks);
        (parallel ? tasks.parallel() : tasks).forEach(task -> {
            int c = task / rowBlocks;
            int t0 = (task % rowBlocks) * ROWS;
            int t1 = Math.min(rows, t0 + ROWS);
            int from = c * WIDE;
            if (c < panels) {
                int start = c * in * WIDE;
                if (t1 - t0 == ROWS) {
                    four(x, packed, start, in, t0, from, y);
                } else {
                    for (int t = t0; t < t1; t++) {
                        narrow(x[t], packed, start, WIDE, in, WIDE, y[t], from);
                    }
                }
            } else {
                for (int t = t0; t < t1; t++) {
                    narrow(x[t], packed, split * in, out - split, in, out - split, y[t], from);
                }
            }
            int to = c < panels ? from + WIDE : out;
            for (int t = t0; t < t1 && b != null; t++) {
                for (int j = from; j < to; j++) {
                    y[t][j] += b[j];
                }
            }
        });
        return y;
    }

    /** Tokens t0 … t0+3, the panel starting at p[start] (columns j … j+3L−1), without the bias. */
    private static void four(float[][] x, float[] p, int start, int in, int t0, int j, float[][] y) {
        float[] x0 = x[t0], x1 = x[t0 + 1], x2 = x[t0 + 2], x3 = x[t0 + 3];
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00, a10 = a00, a11 = a00, a12 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00, a30 = a00, a31 = a00, a32 = a00;
        for (int k = 0, base = start; k < in; k++, base += WIDE) {
            FloatVector w0 = FloatVector.fromArray(S, p, base);
            FloatVector w1 = FloatVector.fromArray(S, p, base + L);
            FloatVector w2 = FloatVector.fromArray(S, p, base + 2 * L);
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

    /**
     * One token, {@code n} columns whose k-th row of W starts at p[start + k·stride], into yt[j0 …] (without the
     * bias): whole vectors, then single columns.
     */
    private static void narrow(float[] xt, float[] p, int start, int stride, int in, int n, float[] yt, int j0) {
        int q = 0;
        for (; q + L <= n; q += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int k = 0, base = start + q; k < in; k++, base += stride) {
                acc = FloatVector.fromArray(S, p, base).fma(FloatVector.broadcast(S, xt[k]), acc);
            }
            acc.intoArray(yt, j0 + q);
        }
        for (; q < n; q++) {
            float acc = 0f;
            for (int k = 0; k < in; k++) {
                acc = Math.fma(xt[k], p[start + k * stride + q], acc);
            }
            yt[j0 + q] = acc;
        }
    }
}
