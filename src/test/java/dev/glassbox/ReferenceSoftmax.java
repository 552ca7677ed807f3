package dev.glassbox;

/**
 * A softmax written for the tests, in double precision and apart from the models' own: the reference their
 * probabilities are checked against.
 */
public final class ReferenceSoftmax {

    private ReferenceSoftmax() {
    }

    /** The largest probability of the softmax of {@code logits}: 1 / Σ exp(zᵢ − max z). */
    public static double largest(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (float z : logits) {
            sum += Math.exp(z - max);
        }
        return 1 / sum;
    }
}
