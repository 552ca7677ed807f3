package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/**
 * The central limit theorem, by simulation: draw n independent values from one source with mean μ and finite
 * standard deviation σ, take their mean x̄ = (x₁ + … + xₙ) / n, and repeat. The means have mean μ and standard
 * deviation σ / √n (the standard error) for every n, and their distribution approaches the normal N(μ, σ²/n) as n
 * grows, whatever the shape of the source. Draws use Commons Math distributions on a {@link Well19937c}
 * generator with an explicit seed, so a run is repeatable. (Freedman, Pisani &amp; Purves, <i>Statistics</i>,
 * ch. 18; Rice, <i>Mathematical Statistics and Data Analysis</i>, §5.3.)
 */
public final class CentralLimitSampler {

    public static final int MAX_N = 100;
    public static final int MAX_SAMPLES = 5000;

    /** A non-normal source of draws, with the step between its possible values (0 for a continuous source). */
    public enum Source {
        UNIFORM("uniform", 0),
        EXPONENTIAL("exponential", 0),
        DIE("die", 1),
        SKEWED("skewed", 1);

        private final String key;
        private final double lattice;

        Source(String key, double lattice) {
            this.key = key;
            this.lattice = lattice;
        }

        public String key() {
            return key;
        }

        /** The source in one sentence, in English. */
        public String description() {
            return description(Language.ENGLISH);
        }

        /** The source in one sentence, in {@code language}. */
        public String description(Language language) {
            return StatsText.normal(language, "source-" + key);
        }

        /** The source's short name, as a menu lists it, in {@code language}. */
        public String label(Language language) {
            return StatsText.normal(language, "source-" + key + "-label");
        }

        AbstractRealDistribution distribution(RandomGenerator random) {
            return switch (this) {
                case UNIFORM -> new UniformRealDistribution(random, 0, 1);
                case EXPONENTIAL -> new ExponentialDistribution(random, 1);
                case DIE -> new EnumeratedRealDistribution(random, new double[] {1, 2, 3, 4, 5, 6},
                        new double[] {1, 1, 1, 1, 1, 1});
                case SKEWED -> new EnumeratedRealDistribution(random, new double[] {0, 1, 2, 10},
                        new double[] {0.5, 0.3, 0.15, 0.05});
            };
        }

        /** The source's mean μ. */
        public double mu() {
            return distribution(new Well19937c(0)).getNumericalMean();
        }

        /**
         * The source's skewness γ = E[(X − μ)³] / σ³: 0 for a symmetric source, 2 for the exponential, and for a source
         * on a few values the sum over them.
         */
        public double skewness() {
            return switch (this) {
                case UNIFORM, DIE -> 0;
                case EXPONENTIAL -> 2;
                case SKEWED -> {
                    double[] v = {0, 1, 2, 10};
                    double[] p = {0.5, 0.3, 0.15, 0.05};
                    double mu = mu();
                    double third = 0;
                    for (int i = 0; i < v.length; i++) {
                        third += p[i] * Math.pow(v[i] - mu, 3);
                    }
                    yield third / Math.pow(sigma(), 3);
                }
            };
        }

        /** The source's standard deviation σ (finite for every source here). */
        public double sigma() {
            return Math.sqrt(distribution(new Well19937c(0)).getNumericalVariance());
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(Source::key).toList();
        }

        public static Source byKey(String key) {
            for (Source s : values()) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            throw new InvalidInputException("The source must be one of " + String.join(", ", keys()) + ".");
        }
    }

    /**
     * One run.
     *
     * @param means     the mean of each sample, {@code (samples)}
     * @param mu        the source's mean μ
     * @param sigma     the source's standard deviation σ
     * @param histogram the means, binned
     */
    public record Run(Source source, int n, int samples, long seed, double[] means, double mu, double sigma,
            Histogram histogram) {
        public Run {
            means = means.clone();
        }

        @Override
        public double[] means() {
            return means.clone();
        }

        /** σ / √n: the standard deviation the theorem gives the sample means. */
        public double standardError() {
            return sigma / Math.sqrt(n);
        }

        /** The normal curve the histogram approaches: N(μ, (σ/√n)²). */
        public NormalCurve normal() {
            return new NormalCurve(mu, standardError());
        }

        public double meanOfMeans() {
            return StatUtils.mean(means);
        }

        /** The sample skewness of the simulated means (Commons Math {@link Skewness}); 0 for a normal curve. */
        public double skewnessOfMeans() {
            return samples < 3 ? Double.NaN : new Skewness().evaluate(means);
        }

        /** The skewness the means have exactly, for every n: the source's γ / √n. */
        public double expectedSkewness() {
            return source.skewness() / Math.sqrt(n);
        }

        /** The population standard deviation of the simulated means. */
        public double sdOfMeans() {
            return Math.sqrt(StatUtils.populationVariance(means));
        }
    }

    private CentralLimitSampler() {
    }

    /** The largest seed accepted. */
    public static final int MAX_SEED = 999_999_999;

    /**
     * Reads a whole number typed by the learner, e.g. {@code wholeNumber("1e999", 1, 5000, "The number of samples")}.
     *
     * @throws InvalidInputException "&lt;what&gt; must be a whole number from min to max, but it is “…”."
     */
    public static int wholeNumber(String text, int min, int max, String what) {
        return wholeNumber(text, min, max, what, Language.ENGLISH);
    }

    /** {@link #wholeNumber(String, int, int, String)}, {@code what} and the sentence in {@code language}. */
    public static int wholeNumber(String text, int min, int max, String what, Language language) {
        String word = text == null ? "" : text.strip().replace('−', '-');
        if (word.matches("[+-]?\\d{1,10}")) {
            long value = Long.parseLong(word);
            if (value >= min && value <= max) {
                return (int) value;
            }
        }
        throw new InvalidInputException(StatsText.normal(language, "error-whole", "what", what, "min", min, "max", max,
                "word", word.length() > 20 ? word.substring(0, 19) + "…" : word));
    }

    /**
     * Draws {@code samples} samples of {@code n} values each from {@code source}, seeded with {@code seed}.
     *
     * @throws InvalidInputException when n or samples is outside its limit
     */
    public static Run run(Source source, int n, int samples, long seed) {
        if (n < 1 || n > MAX_N) {
            throw new InvalidInputException("The sample size n must be a whole number from 1 to " + MAX_N + ".");
        }
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new InvalidInputException("The number of samples must be a whole number from 1 to " + MAX_SAMPLES + ".");
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new InvalidInputException("The seed must be a whole number from 0 to " + MAX_SEED + ".");
        }
        AbstractRealDistribution d = source.distribution(new Well19937c(seed));
        double mu = d.getNumericalMean();
        double sigma = Math.sqrt(d.getNumericalVariance());
        double[] means = new double[samples]; // (samples)
        for (int s = 0; s < samples; s++) {
            // 1) draw n values, 2) take their mean
            means[s] = StatUtils.mean(d.sample(n));
        }
        return new Run(source, n, samples, seed, means, mu, sigma, bin(means, source.lattice / n, mu, sigma / Math.sqrt(n)));
    }

    /** Bins the means over their range and μ ± 3σ/√n; for a source on whole numbers, bin edges fall between the possible means. */
    private static Histogram bin(double[] means, double step, double mu, double se) {
        double lo = Math.min(StatUtils.min(means), mu - 3 * se);
        double hi = Math.max(StatUtils.max(means), mu + 3 * se);
        int target = 30;
        if (step > 0) {
            // Possible means lie on a grid of spacing `step`; edges half a step off the grid avoid empty or double bins.
            int k = (int) Math.max(1, Math.ceil((hi - lo) / target / step));
            double w = k * step;
            double left = (Math.floor(lo / step + 1e-9) - 0.5) * step;
            int bins = (int) Math.max(1, Math.ceil((hi + step / 2 - left) / w - 1e-9));
            return Histogram.of(means, left, left + bins * w, bins);
        }
        return Histogram.of(means, lo, hi, target);
    }
}
