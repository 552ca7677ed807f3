package dev.glassbox.model.lstm;

import dev.glassbox.model.math.Softmax;

/**
 * The readout that turns a hidden state into next-character probabilities: y = Wy·h_t + by (logits),
 * p = softmax(y), p_k = e^(y_k − max y) / Σ_j e^(y_j − max y) (Goodfellow et al., <i>Deep Learning</i>, §6.2.2.3).
 */
public final class NextCharacterReadout {
    private final LstmWeights weights;

    public NextCharacterReadout(LstmWeights weights) {
        this.weights = weights;
    }

    /** The logits y (V). */
    public double[] logits(double[] h) {
        return weights.logits(h);
    }

    /** The probabilities p (V), summing to 1. */
    public double[] probabilities(double[] h) {
        return softmax(logits(h));
    }

    public static double[] softmax(double[] y) {
        return Softmax.of(y);
    }
}
