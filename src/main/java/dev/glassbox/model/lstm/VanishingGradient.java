package dev.glassbox.model.lstm;

/**
 * The vanishing gradient, worked out on a reading. Training follows the error backwards through the steps; along the
 * memory, c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t gives ∂c_t[j]/∂c_{t−1}[j] = f_t[j], so over the last n steps the part of
 * the gradient that travels back along unit j's memory (the "constant error carousel", Hochreiter &amp; Schmidhuber
 * 1997, §4) is multiplied by the product ∏ f_t[j] of its n forget-gate values. Factors near 1 keep it; factors
 * near 0.5 shrink it to nothing within a few dozen steps. (Other paths, through h and the gates, add to the full
 * gradient; this is the one the LSTM was built for.)
 */
public final class VanishingGradient {

    /** How many steps back the example looks at most. */
    public static final int MAX_STEPS = 30;

    private final double[][] f; // (n, H) the forget gate of the last n steps, oldest first
    private final double[] product; // (H)

    private VanishingGradient(double[][] f) {
        this.f = f;
        int hidden = f[0].length;
        this.product = new double[hidden];
        for (int j = 0; j < hidden; j++) {
            double p = 1;
            for (double[] ft : f) {
                p *= ft[j];
            }
            product[j] = p;
        }
    }

    /** The last min(30, T) steps of a reading (with its what-if switches, if any). */
    public static VanishingGradient of(LstmReading reading) {
        int n = Math.min(MAX_STEPS, reading.size());
        double[][] f = new double[n][]; // (n, H)
        for (int k = 0; k < n; k++) {
            f[k] = reading.step(reading.size() - n + k).f();
        }
        return new VanishingGradient(f);
    }

    /** n, the number of factors. */
    public int steps() {
        return f.length;
    }

    /** Unit j's n forget-gate values, oldest first. */
    public double[] factors(int unit) {
        double[] v = new double[f.length]; // (n)
        for (int k = 0; k < f.length; k++) {
            v[k] = f[k][unit];
        }
        return v;
    }

    /** ∏ f_t[j] over the n steps: how much of the error at the last step reaches n steps back along the memory. */
    public double product(int unit) {
        return product[unit];
    }

    /** The geometric mean of unit j's factors, (∏ f)^(1/n): the "typical" factor. */
    public double typicalFactor(int unit) {
        return Math.pow(product[unit], 1.0 / f.length);
    }

    /** The unit whose memory keeps the most (largest product); the lowest index on ties. */
    public int longestUnit() {
        int best = 0;
        for (int j = 1; j < product.length; j++) {
            if (product[j] > product[best]) {
                best = j;
            }
        }
        return best;
    }

    /** The unit whose memory keeps the least (smallest product); the lowest index on ties. */
    public int shortestUnit() {
        int best = 0;
        for (int j = 1; j < product.length; j++) {
            if (product[j] < product[best]) {
                best = j;
            }
        }
        return best;
    }
}
