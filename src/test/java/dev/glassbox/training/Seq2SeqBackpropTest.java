package dev.glassbox.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.glassbox.model.seq2seq.Seq2SeqWeights;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Seq2SeqBackpropTest {

    /**
     * The trainer computes in 32-bit floats; the error budget is {@link DecoderBackpropTest}'s, measured the same
     * way: truncation error falls with ε², float rounding of the loss divided by 2ε dominates below ε = 3e-3, and a
     * wrong backward pass is off by order 1.
     */
    private static final double MAX_RELATIVE_ERROR = 1e-2;
    private static final double EPSILON = 3e-3;
    /** Below this size (|a| + |n|) a gradient entry is compared absolutely, not relatively. */
    private static final double FLOOR = 1e-2;

    /** V = 9, d = 8, 2 heads of 4, F = 12, 2 + 2 layers: every operation of the model, twice over. */
    private static final Seq2SeqWeights.Shape TINY = new Seq2SeqWeights.Shape(9, 8, 2, 12, 2, 2);
    private static final int[][] SOURCES = {{3, 4, 5, 6, 7}, {8, 8}, {0, 3, 5, 7, 4, 6, 8}};
    private static final int[][] TARGETS = {{1, 5, 6, 2}, {1, 3, 3, 4, 2}, {1, 2}};

    @Test
    void backpropagation_through_the_whole_tiny_encoder_decoder_matches_finite_differences() {
        assertThat(worstError(SOURCES, TARGETS)).as("worst relative error").isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void a_one_character_source_and_a_bare_end_token_have_a_gradient_too() {
        assertThat(worstError(new int[][] {{4}}, new int[][] {{1, 2}})).as("worst relative error")
                .isLessThan(MAX_RELATIVE_ERROR);
    }

    @Test
    void two_threads_compute_exactly_what_one_thread_computes() {
        assertThat(gradients(2)).isDeepEqualTo(gradients(1));
    }

    @Test
    void gradient_check_notices_a_wrong_gradient() {
        Seq2SeqBackprop model = model();
        model.parameters.zeroGrad();
        model.forwardBackward(SOURCES, TARGETS);
        double[][] analytic = GradientCheck.copyGradients(model.parameters);
        analytic[1][3] += 0.05; // corrupt one entry of ∂L/∂W_Q of the first encoder layer
        double error = GradientCheck.maxRelativeError(model.parameters,
                () -> model.lossSum(SOURCES, TARGETS) / 8, analytic, 1000, EPSILON, 3, FLOOR);
        assertThat(error).isGreaterThan(0.1);
    }

    @Test
    void the_decoder_cannot_see_the_future_but_the_encoder_sees_everything() {
        Seq2SeqBackprop model = model();
        int[] source = {3, 4, 5};
        // the first two output positions' logits ignore what the decoder reads after them
        float[] shortRun = model.logits(new int[][] {source}, new int[][] {{1, 5, 2}})[0];
        float[] longRun = model.logits(new int[][] {source}, new int[][] {{1, 5, 7, 7, 2}})[0];
        for (int k = 0; k < shortRun.length; k++) {
            assertThat(longRun[k]).isCloseTo(shortRun[k], offset(1e-6f));
        }
        // the last source character changes even the first output position (bidirectional encoder, cross-attention)
        float[] otherSource = model.logits(new int[][] {{3, 4, 8}}, new int[][] {{1, 5, 2}})[0];
        assertThat(Math.abs(otherSource[0] - shortRun[0])).isGreaterThan(1e-4f);
    }

    /**
     * ReLU has a kink at 0: where a perturbation of ±ε moves a ReLU input across it, the central difference is not
     * the derivative. The tiny models below are drawn so that every ReLU input is at least this far from 0.
     */
    private static final double MIN_RELU_MARGIN = 0.02;

    @Test
    void the_checked_models_keep_every_relu_input_away_from_its_kink() {
        for (int[][][] batch : new int[][][][] {{SOURCES, TARGETS}, {{{4}}, {{1, 2}}}}) {
            Seq2SeqBackprop model = model(batch[0], batch[1]);
            model.lossSum(batch[0], batch[1]);
            assertThat(model.reluMargin()).isGreaterThan(MIN_RELU_MARGIN);
        }
    }

    private static Seq2SeqBackprop model() {
        return model(SOURCES, TARGETS);
    }

    /** The first of a fixed sequence of random tiny models whose ReLU inputs on this batch clear the margin. */
    private static Seq2SeqBackprop model(int[][] sources, int[][] targets) {
        for (long seed = 11; ; seed++) {
            Seq2SeqBackprop model = model(seed);
            model.lossSum(sources, targets);
            if (model.reluMargin() > MIN_RELU_MARGIN) {
                return model;
            }
        }
    }

    private static Seq2SeqBackprop model(long seed) {
        Seq2SeqBackprop model = new Seq2SeqBackprop(TINY, 1);
        model.initialise(7);
        SplittableRandom random = new SplittableRandom(seed);
        for (Parameter p : model.parameters.all()) {
            Parameters.uniform(p, 0.4, random); // larger than the default so that attention is not uniform
            if (p.name.endsWith(".g")) {
                for (int k = 0; k < p.data.length; k++) {
                    p.data[k] += 1;
                }
            }
        }
        return model;
    }

    private static double worstError(int[][] sources, int[][] targets) {
        Seq2SeqBackprop model = model(sources, targets);
        model.parameters.zeroGrad();
        model.forwardBackward(sources, targets);
        double[][] analytic = GradientCheck.copyGradients(model.parameters);
        long n = 0;
        for (int[] t : targets) {
            n += t.length - 1;
        }
        long total = n;
        return GradientCheck.maxRelativeError(model.parameters, () -> model.lossSum(sources, targets) / total,
                analytic, 1000, EPSILON, 3, FLOOR);
    }

    private static double[][] gradients(int threads) {
        Seq2SeqBackprop model = new Seq2SeqBackprop(TINY, threads);
        model.initialise(7);
        model.parameters.zeroGrad();
        model.forwardBackward(SOURCES, TARGETS);
        return GradientCheck.copyGradients(model.parameters);
    }
}
