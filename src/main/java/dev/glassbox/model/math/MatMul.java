package dev.glassbox.model.math;

import java.util.stream.IntStream;

/**
 * The product behind every dense layer, y = xW + b for x (T, in) and W (in, out) stored row-major as ONNX stores
 * a MatMul weight. Each output is one sum, in a fixed order:
 * <pre>
 *   acc = 0;  for k = 0 … in−1:  acc = fma(x[t][k], W[k][j], acc);   y[t][j] = acc + b[j]
 * </pre>
 * where fma(a, b, c) = a·b + c rounded once ({@link Math#fma}). Three implementations follow that order exactly and
 * so give the same bits: {@link #reference} (plain loops, the readable definition the tests compare with); when the
 * JDK's Vector API module {@code jdk.incubator.vector} has been added to the run (the Maven build, the tests and the
 * Docker image add it), a kernel that computes 4 tokens × 3 vector registers of outputs at a time
 * ({@code VectorMatMul}); without it (plain {@code java -jar}), the same blocking with 4 × 4 scalar accumulators
 * ({@code ScalarMatMul}), several times slower than the vector kernel. Blocks of tokens run in parallel; every output is computed by one thread with
 * the same sum, so the result does not depend on how many threads there are.
 */
public final class MatMul {

    /** System property: {@code scalar} forces the reference loops even when the Vector API is there. */
    public static final String PROPERTY = "glassbox.matmul";

    private static final boolean VECTOR = vectorAvailable() && !"scalar".equals(System.getProperty(PROPERTY));

    private static final int ROWS = 4;

    private MatMul() {
    }

    /** Whether the Vector API module is part of this run. */
    public static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** Whether this run computes with the Vector API (the module is there and not switched off). */
    public static boolean usesVector() {
        return VECTOR;
    }

    /** Which implementation {@link #affine} uses: "vector (512-bit)" or "scalar". */
    public static String implementation() {
        return VECTOR ? VectorMatMul.describe() : "scalar";
    }

    /** y = xW + b (T, out) for W (in, out) row-major, by the fastest implementation this run has. */
    public static float[][] affine(float[][] x, float[] w, float[] b, int in, int out) {
        return affinePacked(x, pack(w, in, out), b, in, out);
    }

    /**
     * y = xW + b (T, out) for W laid out by {@link #pack}, by the fastest implementation this run has, blocks of
     * tokens in parallel.
     */
    public static float[][] affinePacked(float[][] x, float[] packed, float[] b, int in, int out) {
        return VECTOR ? VectorMatMul.affine(x, packed, b, in, out, true) : ScalarMatMul.affine(x, packed, b, in, out, true);
    }

    /**
     * y = xW (T, out) in the calling thread, for small products inside work that is already parallel (one
     * attention head's scores QₕKₕᵀ and its weighted sum AVₕ); W (in, out) row-major.
     */
    public static float[][] product(float[][] x, float[] w, int in, int out) {
        return VECTOR ? VectorMatMul.affine(x, pack(w, in, out), null, in, out, false) : ScalarMatMul.affine(x, w, null, in, out, false);
    }

    /**
     * W (in, out) row-major laid out the way {@link #affinePacked} reads it: for the vector kernel, panels of
     * {@code VectorMatMul.WIDE} columns, each stored k after k, then the leftover columns row-major; for the plain
     * loops, unchanged (a copy).
     */
    public static float[] pack(float[] w, int in, int out) {
        float[] p = new float[in * out];
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                p[index(k, j, in, out)] = w[k * out + j];
            }
        }
        return p;
    }

    /** Where W[k][j] lies in {@link #pack}'s layout. */
    public static int index(int k, int j, int in, int out) {
        int wide = VECTOR ? VectorMatMul.WIDE : out;
        int split = out / wide * wide;
        return j < split ? (j / wide) * in * wide + k * wide + j % wide : split * in + k * (out - split) + (j - split);
    }

    /** y = xW + b (T, out) by plain loops: the definition the vector kernel matches bit for bit. */
    public static float[][] reference(float[][] x, float[] w, float[] b, int in, int out) {
        return reference(x, w, b, in, out, true);
    }

    /** As above; {@code b} null for no bias, {@code parallel} false to stay in the calling thread. */
    static float[][] reference(float[][] x, float[] w, float[] b, int in, int out, boolean parallel) {
        int rows = x.length;
        float[][] y = new float[rows][out]; // (T, out)
        IntStream blocks = IntStream.range(0, (rows + ROWS - 1) / ROWS);
        (parallel ? blocks.parallel() : blocks).forEach(block -> {
            for (int t = block * ROWS; t < Math.min(rows, (block + 1) * ROWS); t++) {
                row(x[t], w, b, in, out, 0, out, y[t]);
            }
        });
        return y;
    }

    /** Columns {@code from} … {@code to}−1 of one output row, in the order above. */
    static void row(float[] xt, float[] w, float[] b, int in, int out, int from, int to, float[] yt) {
        // i-k-j order: the inner loop runs along a contiguous row of W
        for (int k = 0; k < in; k++) {
            float a = xt[k];
            int base = k * out;
            for (int j = from; j < to; j++) {
                yt[j] = Math.fma(a, w[base + j], yt[j]);
            }
        }
        for (int j = from; j < to && b != null; j++) {
            yt[j] += b[j];
        }
    }
}
