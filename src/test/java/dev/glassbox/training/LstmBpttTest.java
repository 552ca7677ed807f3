package dev.glassbox.training;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LstmBpttTest {

    /**
     * The trainer computes in 32-bit floats: the loss carries rounding errors of about 1e-7 relative, which
     * central differences with ε = 1e-2 turn into about 1e-5 absolute error in the numeric gradient, and the
     * O(ε²) truncation error adds about as much. Against gradients of 1e-3 to 1e-1 that allows a relative error
     * of about 1e-3 (measured: 1.5e-3 with and without dropout); a wrong backward pass is off by order 1.
     */
    private static final double MAX_RELATIVE_ERROR = 5e-3;
    private static final double EPSILON = 1e-2;
    /** Below this size (|a| + |n|) a gradient entry is compared absolutely, not relatively. */
    private static final double FLOOR = 1e-3;

    @Test
    void backpropagation_through_time_matches_finite_differences() {
        assertThat(worstError(0)).as("worst relative error").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void backpropagation_through_dropout_matches_finite_differences() {
        assertThat(worstError(0.3)).as("worst relative error").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void two_threads_compute_exactly_what_one_thread_computes() {
        double[][] one = gradients(1);
        double[][] two = gradients(2);
        assertThat(two).isDeepEqualTo(one);
    }

    @Test
    void gradient_check_notices_a_wrong_gradient() {
        LstmBptt model = new LstmBptt(4, 2);
        model.initialise(5);
        int[][] inputs = {{0, 1, 2}};
        int[][] targets = {{1, 2, 3}};
        model.parameters.zeroGrad();
        model.forwardBackward(inputs, targets, new LstmBptt.State(1, 2));
        double[][] analytic = GradientCheck.copyGradients(model.parameters);
        analytic[1][0] += 0.1; // corrupt one entry of ∂L/∂Wh

        double error = GradientCheck.maxRelativeError(model.parameters,
                () -> model.forwardLossSum(inputs, targets, new LstmBptt.State(1, 2)) / 3, analytic, 1000, EPSILON,
                3, FLOOR);

        assertThat(error).isGreaterThan(0.1);
    }

    /**
     * A small network (V = 6, H = 5) on 5 streams of 6 steps — sizes that are not multiples of four, so both
     * the four-rows-at-a-time path and the remainder path of {@link LstmBptt#addRows} run — starting from a
     * non-zero state so that the gradient through c_{t−1} and h_{t−1} of the first step is exercised as well.
     */
    private static double worstError(double dropout) {
        LstmBptt model = new LstmBptt(6, 5);
        model.initialise(7);
        SplittableRandom random = new SplittableRandom(11);
        for (Parameter p : model.parameters.all()) {
            Parameters.uniform(p, 0.8, random); // larger than the default so that no gate saturates trivially
        }
        model.dropout(dropout, 99);
        int[][] inputs = {{0, 1, 2, 3, 4, 1}, {4, 4, 3, 0, 2, 2}, {5, 0, 5, 1, 1, 3}, {2, 2, 2, 2, 5, 0},
                {1, 3, 5, 0, 4, 2}};
        int[][] targets = {{1, 2, 3, 4, 1, 0}, {4, 3, 0, 2, 2, 1}, {0, 5, 1, 1, 3, 4}, {2, 2, 2, 5, 0, 0},
                {3, 5, 0, 4, 2, 5}};
        LstmBptt.State start = new LstmBptt.State(5, 5);
        for (int s = 0; s < 5; s++) {
            for (int j = 0; j < 5; j++) {
                start.h[s][j] = random.nextDouble() - 0.5;
                start.c[s][j] = 2 * random.nextDouble() - 1;
            }
        }
        model.parameters.zeroGrad();
        model.forwardBackward(inputs, targets, copy(start));
        double[][] analytic = GradientCheck.copyGradients(model.parameters);
        return GradientCheck.maxRelativeError(model.parameters,
                () -> model.forwardLossSum(inputs, targets, copy(start)) / 30, analytic, 1000, EPSILON, 3, FLOOR);
    }

    private static double[][] gradients(int threads) {
        LstmBptt model = new LstmBptt(6, 5, threads);
        model.initialise(7);
        model.dropout(0.2, 5);
        int[][] inputs = {{0, 1, 2, 3}, {4, 4, 3, 0}, {5, 0, 5, 1}};
        int[][] targets = {{1, 2, 3, 4}, {4, 3, 0, 2}, {0, 5, 1, 1}};
        model.parameters.zeroGrad();
        model.forwardBackward(inputs, targets, new LstmBptt.State(3, 5));
        return GradientCheck.copyGradients(model.parameters);
    }

    private static LstmBptt.State copy(LstmBptt.State s) {
        LstmBptt.State c = new LstmBptt.State(s.h.length, s.h[0].length);
        for (int k = 0; k < s.h.length; k++) {
            c.h[k] = s.h[k].clone();
            c.c[k] = s.c[k].clone();
        }
        return c;
    }
}
