package dev.glassbox.model.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.junit.jupiter.api.Test;

class MatMulTest {

    /** Shapes around the kernels' blocks: 4 tokens, 4 columns, one vector (8 or 16 lanes), three vectors (24 or 48). */
    private static final int[] INS = {1, 37, 384};
    private static final int[] OUTS = {1, 11, 16, 47, 48, 49, 97, 401};
    private static final int[] ROWS = {1, 4, 5, 9};

    @Test
    void the_vector_kernel_gives_the_reference_loops_bits_for_every_shape_around_its_blocks() {
        // the Maven build adds jdk.incubator.vector to the tests' JVM (pom.xml's argLine)
        assumeTrue(MatMul.usesVector(), "this run computes without the Vector API");
        Random random = new Random(11);
        for (int in : INS) {
            for (int out : OUTS) {
                float[] w = gaussian(random, in * out);
                float[] b = gaussian(random, out);
                for (int rows : ROWS) {
                    float[][] x = new float[rows][];
                    for (int t = 0; t < rows; t++) {
                        x[t] = gaussian(random, in);
                    }
                    float[][] expected = MatMul.reference(x, w, b, in, out);
                    float[][] actual = VectorMatMul.affine(x, MatMul.pack(w, in, out), b, in, out, true);
                    for (int t = 0; t < rows; t++) {
                        assertThat(actual[t]).as("in %d, out %d, rows %d, row %d", in, out, rows, t).containsExactly(expected[t]);
                    }
                }
            }
        }
    }

    @Test
    void the_scalar_kernel_gives_the_reference_loops_bits_for_every_shape_around_its_blocks() {
        Random random = new Random(10);
        for (int in : INS) {
            for (int out : OUTS) {
                float[] w = gaussian(random, in * out);
                float[] b = gaussian(random, out);
                for (int rows : ROWS) {
                    float[][] x = new float[rows][];
                    for (int t = 0; t < rows; t++) {
                        x[t] = gaussian(random, in);
                    }
                    float[][] expected = MatMul.reference(x, w, b, in, out);
                    float[][] actual = ScalarMatMul.affine(x, w, b, in, out, true);
                    for (int t = 0; t < rows; t++) {
                        assertThat(actual[t]).as("in %d, out %d, rows %d, row %d", in, out, rows, t).containsExactly(expected[t]);
                    }
                }
            }
        }
    }

    @Test
    void the_reference_loops_match_commons_math() {
        Random random = new Random(12);
        int in = 384, out = 97, rows = 5;
        float[] w = gaussian(random, in * out);
        float[] b = gaussian(random, out);
        double[][] xd = new double[rows][in];
        float[][] x = new float[rows][];
        for (int t = 0; t < rows; t++) {
            x[t] = gaussian(random, in);
            for (int k = 0; k < in; k++) {
                xd[t][k] = x[t][k];
            }
        }
        double[][] wd = new double[in][out];
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                wd[k][j] = w[k * out + j];
            }
        }
        // Expected: Commons Math's matrix product in double, plus the bias
        double[][] expected = new Array2DRowRealMatrix(xd).multiply(new Array2DRowRealMatrix(wd)).getData();
        float[][] y = MatMul.reference(x, w, b, in, out);
        for (int t = 0; t < rows; t++) {
            for (int j = 0; j < out; j++) {
                // float sums of 384 products of standard normals (each sum about ±20): a few float ulps
                assertThat((double) y[t][j]).isCloseTo(expected[t][j] + b[j], within(1e-3));
            }
        }
    }

    @Test
    void the_result_does_not_depend_on_the_number_of_threads() throws Exception {
        Random random = new Random(13);
        int in = 384, out = 1536, rows = 64;
        float[] w = gaussian(random, in * out);
        float[] b = gaussian(random, out);
        float[][] x = new float[rows][];
        for (int t = 0; t < rows; t++) {
            x[t] = gaussian(random, in);
        }
        float[][] one = run(1, () -> MatMul.affine(x, w, b, in, out));
        float[][] three = run(3, () -> MatMul.affine(x, w, b, in, out));
        float[][] reference = run(3, () -> MatMul.reference(x, w, b, in, out));
        for (int t = 0; t < rows; t++) {
            assertThat(three[t]).containsExactly(one[t]);
            assertThat(reference[t]).containsExactly(one[t]);
        }
    }

    private static float[][] run(int threads, java.util.concurrent.Callable<float[][]> product) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(product).get();
        } finally {
            pool.shutdown();
        }
    }

    private static float[] gaussian(Random random, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextGaussian();
        }
        return a;
    }
}
