package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Value;
import java.util.List;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The covariance–eigen path checked against an independent route: the singular value decomposition of the centred
 * data X̃ = U S Vᵀ (Commons Math {@link SingularValueDecomposition}), whose squared singular values divided by
 * n − 1 are the covariance's eigenvalues and whose columns U S are the coordinates (up to sign).
 */
class PcaProjectionTest {

    static final double CLOSE = 1e-9;
    static final GloveVectors GLOVE = TestGlove.VECTORS;

    @Test
    void explained_variance_and_coordinates_match_an_svd_of_the_centred_data() {
        List<String> words = List.of("king", "queen", "man", "woman", "cat", "dog", "paris", "rome", "bank", "river");
        double[][] x = words.stream().map(w -> GLOVE.lookup(w).values()).toArray(double[][]::new);
        PcaProjection.Result pca = PcaProjection.of(words, x);

        int n = x.length, d = x[0].length;
        double[][] centred = new double[n][d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / n;
            }
            for (int i = 0; i < n; i++) {
                centred[i][j] = x[i][j] - mean;
            }
        }
        RealMatrix xc = MatrixUtils.createRealMatrix(centred);
        SingularValueDecomposition svd = new SingularValueDecomposition(xc);
        double[] sigma = svd.getSingularValues();
        double total = 0;
        for (double s : sigma) {
            total += s * s;
        }
        assertThat(pca.explained()[0]).isCloseTo(sigma[0] * sigma[0] / total, within(CLOSE));
        assertThat(pca.explained()[1]).isCloseTo(sigma[1] * sigma[1] / total, within(CLOSE));
        assertThat(pca.eigenvalues()[0]).isCloseTo(sigma[0] * sigma[0] / (n - 1), within(CLOSE));
        RealMatrix us = svd.getU().multiply(MatrixUtils.createRealDiagonalMatrix(sigma));
        for (int a = 0; a < 2; a++) {
            double sign = Math.signum(us.getEntry(0, a)) * Math.signum(pca.coordinates()[0][a]);
            for (int i = 0; i < n; i++) {
                assertThat(pca.coordinates()[i][a]).isCloseTo(sign * us.getEntry(i, a), within(CLOSE));
            }
        }
    }

    @Test
    void shares_of_variance_lie_between_zero_and_one_and_decrease() {
        double[][] x = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}, {1, 1, 1}};
        PcaProjection.Result pca = PcaProjection.of(List.of("a", "b", "c", "d"), x);
        assertThat(pca.explained()[0]).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(pca.explained()[1]);
        assertThat(pca.explained()[0] + pca.explained()[1]).isLessThanOrEqualTo(1.0 + CLOSE);
        double sum = 0;
        for (double l : pca.eigenvalues()) {
            sum += l;
        }
        assertThat(pca.eigenvalues()[0] / sum).isCloseTo(pca.explained()[0], within(CLOSE));
    }

    @Test
    void the_corner_of_a_matrix_is_its_top_left_block_with_its_labels() {
        Value.Matrix m = new Value.Matrix(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, List.of("a", "b", "c"),
                List.of("x", "y", "z"));
        Value.Matrix c = PcaProjection.corner(m, 2);
        assertThat(c.values()).isDeepEqualTo(new double[][] {{1, 2}, {4, 5}});
        assertThat(c.rowLabels()).containsExactly("a", "b");
        assertThat(c.columnLabels()).containsExactly("x", "y");
        assertThat(PcaProjection.corner(m, 12).rows()).isEqualTo(3);
    }

    @Test
    void one_point_is_not_enough() {
        assertThatThrownBy(() -> PcaProjection.of(List.of("a"), new double[][] {{1, 2}}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least two");
    }
}
