package dev.glassbox.model.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A normal Q-Q plot: the sorted values x₍ᵢ₎ against the normal quantiles μ + σ·Φ⁻¹((i − ½) / n), i = 1…n
 * (Hazen plotting positions), with μ and σ the data's mean and population standard deviation. Points near the
 * line y = x mean the data look normal; a bow means skew, an S means heavy or light tails.
 * (Wilk &amp; Gnanadesikan, "Probability plotting methods for the analysis of data", Biometrika 1968.)
 *
 * @param theoretical the normal quantiles, {@code (n)}
 * @param sample      the sorted data, {@code (n)}
 */
public record QuantilePlot(double[] theoretical, double[] sample) {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    public QuantilePlot {
        theoretical = theoretical.clone();
        sample = sample.clone();
    }

    public static QuantilePlot of(ZScoreTable table) {
        double[] sorted = table.values(); // (n)
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] q = new double[n]; // (n)
        for (int i = 0; i < n; i++) {
            q[i] = table.mean() + table.populationSd() * STANDARD.inverseCumulativeProbability((i + 0.5) / n);
        }
        return new QuantilePlot(q, sorted);
    }

    @Override
    public double[] theoretical() {
        return theoretical.clone();
    }

    @Override
    public double[] sample() {
        return sample.clone();
    }
}
