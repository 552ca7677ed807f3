package dev.glassbox.model.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class LinearTest {

    /** Float32 sums of 37 products of numbers below 1. */
    private static final double TOLERANCE = 1e-5;

    @Test
    void matches_commons_math_for_every_row_count_around_the_block_size() {
        Random random = new Random(7);
        int in = 37, out = 11;
        float[] w = new float[in * out];
        float[] b = new float[out];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        for (int j = 0; j < out; j++) {
            b[j] = (float) random.nextGaussian();
        }
        Linear linear = new Linear(w, b, in, out);
        for (int rows = 1; rows <= 9; rows++) {
            float[][] x = new float[rows][in];
            double[][] xd = new double[rows][in];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < in; i++) {
                    x[r][i] = (float) random.nextGaussian();
                    xd[r][i] = x[r][i];
                }
            }
            double[][] wd = new double[in][out];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    wd[i][j] = w[i * out + j];
                }
            }
            // Expected: Commons Math's matrix product, plus the bias.
            RealMatrix expected = new Array2DRowRealMatrix(xd).multiply(new Array2DRowRealMatrix(wd));
            float[][] y = linear.apply(x);
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < out; j++) {
                    assertThat(y[r][j]).isCloseTo((float) (expected.getEntry(r, j) + b[j]), within((float) (TOLERANCE * 10)));
                }
            }
        }
    }
}
