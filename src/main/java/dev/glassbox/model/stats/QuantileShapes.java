package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import java.util.List;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/**
 * Three seeded samples whose normal Q-Q plots show the three shapes a learner meets: a <b>bow</b> from skew
 * (exponential, long right tail), an <b>S</b> from heavy tails (Student's t with 3 degrees of freedom: both ends
 * further out than a normal curve puts them) and an S the other way round from light tails (uniform: both ends
 * nearer). Each comes with its sample skewness and excess kurtosis (Commons Math {@link Skewness}, {@link Kurtosis};
 * 0 and 0 for a normal curve). Draws use {@link Well19937c} with a fixed seed, so the examples never change.
 * (Wilk &amp; Gnanadesikan 1968; NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.3.21 "Normal Probability Plot".)
 */
public final class QuantileShapes {

    /** Draws per example. */
    public static final int N = 200;
    /** The one seed of all three examples. */
    public static final long SEED = 2026;

    /** What a Q-Q plot of such data looks like. */
    public enum Shape { BOW, HEAVY_S, LIGHT_S }

    /**
     * One example.
     *
     * @param name     the source, in words
     * @param shape    the shape its Q-Q plot takes
     * @param table    its values as a z-score table (population σ), ready for a Q-Q plot
     * @param skewness the sample skewness (0 for a symmetric source)
     * @param kurtosis the sample excess kurtosis (&gt; 0: heavier tails than a normal curve, &lt; 0: lighter)
     */
    public record Example(String name, Shape shape, ZScoreTable table, double skewness, double kurtosis) {

        /** The source, in words, in {@code language}. */
        public String name(Language language) {
            return StatsText.normal(language, switch (shape) {
                case BOW -> "example-bow";
                case HEAVY_S -> "example-heavy";
                case LIGHT_S -> "example-light";
            });
        }
    }

    private QuantileShapes() {
    }

    /** The three examples: skewed, heavy-tailed, light-tailed. */
    public static List<Example> examples() {
        return List.of(
                example(StatsText.normal(Language.ENGLISH, "example-bow"), Shape.BOW,
                        new ExponentialDistribution(new Well19937c(SEED), 1)),
                example(StatsText.normal(Language.ENGLISH, "example-heavy"), Shape.HEAVY_S,
                        new TDistribution(new Well19937c(SEED), 3)),
                example(StatsText.normal(Language.ENGLISH, "example-light"), Shape.LIGHT_S,
                        new UniformRealDistribution(new Well19937c(SEED), 0, 1)));
    }

    private static Example example(String name, Shape shape, AbstractRealDistribution source) {
        double[] x = source.sample(N); // (N)
        return new Example(name, shape, ZScoreTable.of(x, SdKind.POPULATION), new Skewness().evaluate(x),
                new Kurtosis().evaluate(x));
    }
}
