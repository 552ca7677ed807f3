package dev.glassbox.model.lstm;

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
        double max = Double.NEGATIVE_INFINITY;
        for (double x : y) {
            max = Math.max(max, x);
        }
        double[] p = new double[y.length]; // (V)
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            p[k] = Math.exp(y[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < y.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
