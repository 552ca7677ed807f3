package dev.glassbox.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.decoder.DecoderWeights;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecoderBackpropTest {

    /**
     * The trainer computes in 32-bit floats. Measured on this tiny model, per parameter: with ε = 3e-2 and 1e-2 the
     * worst error falls ninefold for a threefold smaller ε (the O(ε²) truncation error of central differences);
     * at ε = 3e-3 it is at most 1.3e-3 per parameter and 5.1e-3 over all the checks (float rounding of the loss,
     * divided by 2ε, starts to dominate). A wrong backward pass is off by order 1.
     */
    private static final double MAX_RELATIVE_ERROR = 1e-2;
    private static final double EPSILON = 3e-3;
    /** Below this size (|a| + |n|) a gradient entry is compared absolutely, not relatively. */
    private static final double FLOOR = 1e-2;

    /** V = 7, d = 8, 2 heads of 4, F = 12, 2 layers, context 6: every operation of the model, twice over. */
    private static final DecoderWeights.Shape TINY = new DecoderWeights.Shape(7, 8, 2, 12, 2, 6);
    private static final int[][] SEQUENCES = {{0, 1, 2, 3, 4, 5, 6}, {6, 6, 2, 0, 1}, {3, 5, 1, 1, 4, 2, 0}};

    @Test
    void backpropagation_through_the_whole_tiny_decoder_matches_finite_differences() {
        assertThat(worstError(0, SEQUENCES)).as("worst relative error").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void backpropagation_through_dropout_matches_finite_differences() {
        assertThat(worstError(0.3, SEQUENCES)).as("worst relative error").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void a_one_character_sequence_has_a_gradient_too() {
        assertThat(worstError(0, new int[][] {{2, 5}})).as("worst relative error").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void two_threads_compute_exactly_what_one_thread_computes() {
        assertThat(gradients(2)).isDeepEqualTo(gradients(1));
    }

    @Test
    void gradient_check_notices_a_wrong_gradient() {
        DecoderBackprop model = model(0);
        model.parameters.zeroGrad();
        model.forwardBackward(SEQUENCES);
        double[][] analytic = GradientCheck.copyGradients(model.parameters);
        analytic[4][3] += 0.05; // corrupt one entry of ∂L/∂Wqkv of the first layer
        double error = GradientCheck.maxRelativeError(model.parameters,
                () -> model.lossSum(SEQUENCES, 0) / 16, analytic, 1000, EPSILON, 3, FLOOR);
        assertThat(error).isGreaterThan(0.1);
    }

    @Test
    void the_future_cannot_change_the_loss_of_the_past() {
        // causal mask: the loss of the first three targets ignores what comes after them
        DecoderBackprop model = model(0);
        double a = model.lossSum(new int[][] {{0, 1, 2, 3}}, 0);
        double b = model.lossSum(new int[][] {{0, 1, 2, 3, 6, 6, 6}}, 0)
                - model.lossSum(new int[][] {{0, 1, 2, 3, 6, 6, 6}}, 3);
        assertThat(b).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-5));
    }

    private static DecoderBackprop model(double dropout) {
        DecoderBackprop model = new DecoderBackprop(TINY, 1);
        model.initialise(7);
        SplittableRandom random = new SplittableRandom(11);
        for (Parameter p : model.parameters.all()) {
            Parameters.uniform(p, 0.25, random); // larger than the default so that attention is not uniform
            if (p.name.endsWith(".g")) {
                for (int k = 0; k < p.data.length; k++) {
                    p.data[k] += 1;
                }
            }
        }
        model.dropout(dropout, 99);
        return model;
    }

    private static double worstError(double dropout, int[][] sequences) {
        DecoderBackprop model = model(dropout);
        model.parameters.zeroGrad();
        model.forwardBackward(sequences);
        double[][] analytic = GradientCheck.copyGradients(model.parameters);
        long n = 0;
        for (int[] s : sequences) {
            n += s.length - 1;
        }
        long total = n;
        return GradientCheck.maxRelativeError(model.parameters, () -> model.lossSum(sequences, 0) / total, analytic,
                1000, EPSILON, 3, FLOOR);
    }

    private static double[][] gradients(int threads) {
        DecoderBackprop model = new DecoderBackprop(TINY, threads);
        model.initialise(7);
        model.dropout(0.2, 5);
        model.parameters.zeroGrad();
        model.forwardBackward(SEQUENCES);
        return GradientCheck.copyGradients(model.parameters);
    }
}
