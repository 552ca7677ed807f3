package dev.glassbox.training;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LstmBpttTest {

    /** Central differences with ε = 1e-5 in double precision agree with correct gradients to about 1e-7. */
    private static final double MAX_RELATIVE_ERROR = 1e-5;

    @Test
    void backpropagation_through_time_matches_finite_differences() {
        // A tiny network (V = 5, H = 3) on 2 streams of 6 steps, starting from a non-zero state so that the
        // gradient through c_{t−1} and h_{t−1} of the first step is exercised as well.
        LstmBptt model = new LstmBptt(5, 3);
        model.initialise(7);
        SplittableRandom random = new SplittableRandom(11);
        for (Parameter p : model.parameters.all()) {
            Parameters.uniform(p, 0.8, random); // larger than the default so that no gate saturates trivially
        }
        int[][] inputs = {{0, 1, 2, 3, 4, 1}, {4, 4, 3, 0, 2, 2}};
        int[][] targets = {{1, 2, 3, 4, 1, 0}, {4, 3, 0, 2, 2, 1}};
        LstmBptt.State start = new LstmBptt.State(2, 3);
        for (int s = 0; s < 2; s++) {
            for (int j = 0; j < 3; j++) {
                start.h[s][j] = random.nextDouble() - 0.5;
                start.c[s][j] = 2 * random.nextDouble() - 1;
            }
        }
        model.parameters.zeroGrad();
        model.forwardBackward(inputs, targets, copy(start));
        double[][] analytic = GradientCheck.copyGradients(model.parameters);

        double error = GradientCheck.maxRelativeError(model.parameters,
                () -> model.forwardLossSum(inputs, targets, copy(start)) / 12, analytic, 1000, 1e-5, 3);

        assertThat(error).isLessThan(MAX_RELATIVE_ERROR);
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
                () -> model.forwardLossSum(inputs, targets, new LstmBptt.State(1, 2)) / 3, analytic, 1000, 1e-5, 3);

        assertThat(error).isGreaterThan(0.1);
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
