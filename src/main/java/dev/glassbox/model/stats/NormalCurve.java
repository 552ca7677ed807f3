package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The normal distribution N(μ, σ²): density f(x) = 1 / (σ√(2π)) · e^(−(x − μ)² / (2σ²)), distribution
 * function F(x) = Φ((x − μ) / σ), P(a ≤ X ≤ b) = F(b) − F(a) and the inverse F⁻¹(p), all from Commons Math's
 * {@link NormalDistribution}. Its mean, median and mode are all μ. (Freedman, Pisani &amp; Purves,
 * <i>Statistics</i>, ch. 5; Commons Math 3.6.1 {@code NormalDistribution}.)
 *
 * @param mu    the mean μ
 * @param sigma the standard deviation σ &gt; 0
 */
public record NormalCurve(double mu, double sigma) {

    /** The largest |μ| accepted: the curve's axis must stay readable (tick labels below 10⁶). */
    public static final double MAX_MEAN = 100_000;
    /** The largest σ accepted: μ ± 4σ stays below 10⁶ in size. */
    public static final double MAX_SD = 100_000;
    /** The smallest σ accepted. */
    public static final double MIN_SD = 1e-6;
    /** σ must be at least |μ| / {@value #MEAN_TO_SD}, or the curve's axis (μ ± 4σ) could not be told apart in print. */
    public static final double MEAN_TO_SD = 100_000;

    /** The same limits in the API and in the view: what can be drawn and read on the curve's axis. */
    public NormalCurve {
        check(mu, sigma, Language.ENGLISH);
    }

    /**
     * Checks μ and σ against the limits, saying in {@code language} what is wrong.
     *
     * @throws InvalidInputException when no curve can be drawn for them
     */
    public static void check(double mu, double sigma, Language language) {
        if (!(Math.abs(mu) <= MAX_MEAN)) {
            throw new InvalidInputException(StatsText.normal(language, "error-mean"));
        }
        if (!(sigma > 0)) {
            throw new InvalidInputException(StatsText.normal(language, "error-sd-positive"));
        }
        if (!(sigma <= MAX_SD) || sigma < MIN_SD) {
            throw new InvalidInputException(StatsText.normal(language, "error-sd-range"));
        }
        if (sigma < Math.abs(mu) / MEAN_TO_SD) {
            throw new InvalidInputException(StatsText.normal(language, "error-sd-for-mean",
                    "mu", StatsText.number(mu, language), "least", StatsText.number(Math.abs(mu) / MEAN_TO_SD, language)));
        }
    }

    /**
     * Checks an interval [a, b], saying in {@code language} what is wrong.
     *
     * @throws InvalidInputException when a &gt; b
     */
    public static void checkInterval(double a, double b, Language language) {
        if (a > b) {
            throw new InvalidInputException(StatsText.normal(language, "error-interval",
                    "a", StatsText.number(a, language), "b", StatsText.number(b, language)));
        }
    }

    /**
     * Checks a probability level p, saying in {@code language} what is wrong.
     *
     * @throws InvalidInputException unless 0 &lt; p &lt; 1
     */
    public static void checkLevel(double p, Language language) {
        if (!(p > 0 && p < 1)) {
            throw new InvalidInputException(StatsText.normal(language, "error-level"));
        }
    }

    /** The standard normal N(0, 1), the distribution of z-scores. */
    public static NormalCurve standard() {
        return new NormalCurve(0, 1);
    }

    private NormalDistribution distribution() {
        // No random generator: this object only evaluates the density and its integrals.
        return new NormalDistribution(null, mu, sigma, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    /** The density f(x). */
    public double pdf(double x) {
        return distribution().density(x);
    }

    /** F(x) = P(X ≤ x). */
    public double cdf(double x) {
        return distribution().cumulativeProbability(x);
    }

    /**
     * P(a ≤ X ≤ b).
     *
     * @throws InvalidInputException when a &gt; b
     */
    public double probability(double a, double b) {
        checkInterval(a, b, Language.ENGLISH);
        if (a == b) {
            return 0;
        }
        return distribution().probability(a, b);
    }

    /**
     * The p-quantile: the value below which a proportion p of the population lies, F⁻¹(p) (for p = 0.975, the
     * 97.5th percentile).
     *
     * @throws InvalidInputException unless 0 &lt; p &lt; 1
     */
    public double inverse(double p) {
        checkLevel(p, Language.ENGLISH);
        return distribution().inverseCumulativeProbability(p);
    }

    /** z = (x − μ) / σ. */
    public double z(double x) {
        return (x - mu) / sigma;
    }

    /** P(μ − kσ ≤ X ≤ μ + kσ), computed (for k = 1, 2, 3 it gives the 68-95-99.7 rule). */
    public double withinSigmas(double k) {
        return probability(mu - k * sigma, mu + k * sigma);
    }
}
