package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.text.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * Reference values printed by Python 3's {@code statistics.NormalDist} on this machine, e.g.
 * {@code python3 -c "from statistics import NormalDist as N; print(N().cdf(1) - N().cdf(-1), N().cdf(1.96))"}; they
 * agree with published standard normal tables (Φ(1.96) = 0.9750, Φ(1) = 0.8413) to the tables' four decimals.
 */
class NormalCurveTest {

    /** Commons Math's erf-based Φ against Python's: agreement to 1e-12 and better. */
    private static final double TOLERANCE = 1e-12;
    /** Commons Math's inverse CDF is a solver with absolute accuracy 1e-9. */
    private static final double INVERSE_TOLERANCE = 1e-8;

    private final NormalCurve standard = NormalCurve.standard();

    @Test
    void one_sigma_holds_0_682689492() {
        // N().cdf(1) - N().cdf(-1) → 0.6826894921370859
        assertThat(standard.probability(-1, 1)).isCloseTo(0.6826894921370859, within(TOLERANCE));
        assertThat(standard.withinSigmas(1)).isCloseTo(0.6826894921370859, within(TOLERANCE));
    }

    @Test
    void phi_of_1_96_is_0_975002() {
        // N().cdf(1.96) → 0.9750021048517796; N().cdf(-1.96) → 0.024997895148220428
        assertThat(standard.cdf(1.96)).isCloseTo(0.9750021048517796, within(TOLERANCE));
        assertThat(standard.cdf(-1.96)).isCloseTo(0.024997895148220428, within(TOLERANCE));
        // 0.5 * (1 + math.erf(1 / math.sqrt(2))) → 0.8413447460685429
        assertThat(standard.cdf(1)).isCloseTo(0.8413447460685429, within(TOLERANCE));
    }

    @Test
    void the_68_95_99_7_rule_comes_out_of_the_curve_for_any_mu_and_sigma() {
        // N().cdf(k) - N().cdf(-k) for k = 2, 3 → 0.9544997361036416, 0.9973002039367398
        NormalCurve iq = new NormalCurve(100, 15);
        assertThat(iq.withinSigmas(1)).isCloseTo(0.6826894921370859, within(1e-11));
        assertThat(iq.withinSigmas(2)).isCloseTo(0.9544997361036416, within(1e-11));
        assertThat(iq.withinSigmas(3)).isCloseTo(0.9973002039367398, within(1e-11));
    }

    @Test
    void density_probability_and_inverse_of_a_non_standard_curve_match_python() {
        // N(100, 15).cdf(130) - N(100, 15).cdf(85) → 0.8185946141203637; N(100, 15).pdf(85) → 0.016131381634609556
        // N(100, 15).inv_cdf(0.9) → 119.22327348316901; N().pdf(-1) → 0.24197072451914337; N().inv_cdf(0.975) → 1.959963984540054
        NormalCurve iq = new NormalCurve(100, 15);
        assertThat(iq.probability(85, 130)).isCloseTo(0.8185946141203637, within(TOLERANCE));
        assertThat(iq.pdf(85)).isCloseTo(0.016131381634609556, within(TOLERANCE));
        assertThat(iq.inverse(0.9)).isCloseTo(119.22327348316901, within(INVERSE_TOLERANCE * 15));
        assertThat(standard.pdf(-1)).isCloseTo(0.24197072451914337, within(TOLERANCE));
        assertThat(standard.inverse(0.975)).isCloseTo(1.959963984540054, within(INVERSE_TOLERANCE));
        assertThat(standard.probability(2, 2)).isZero();
    }

    @Test
    void bad_parameters_are_refused_with_one_sentence() {
        assertThatThrownBy(() -> new NormalCurve(0, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> new NormalCurve(0, -1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NormalCurve(0, Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NormalCurve(Double.POSITIVE_INFINITY, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> standard.probability(1, -1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a must not be greater than b");
        assertThatThrownBy(() -> standard.inverse(1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> standard.inverse(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_limits_are_what_the_curve_can_draw_and_are_stated_in_the_sentence() {
        // 1e100 ± 4: the same double, so the axis would have no width (it drew a blank curve).
        assertThat(1e100 + 4.0).isEqualTo(1e100 - 4.0);
        assertThatThrownBy(() -> new NormalCurve(1e100, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The mean μ must be between −100,000 and 100,000, so that its curve can be drawn and read.");
        assertThatThrownBy(() -> new NormalCurve(0, 1e6)).hasMessageContaining("between 0.000001 and 100,000");
        assertThatThrownBy(() -> new NormalCurve(0, 1e-7)).hasMessageContaining("between 0.000001 and 100,000");
        assertThatThrownBy(() -> new NormalCurve(100_000, 0.5))
                .hasMessageContaining("For μ = 100000 the standard deviation σ must be at least |μ| / 100,000 = 1");
        // The extremes allowed keep every axis position distinct: μ ± 4σ with the smallest σ for the largest μ.
        NormalCurve edge = new NormalCurve(-100_000, 1);
        assertThat(edge.mu() - 4 * edge.sigma()).isLessThan(edge.mu() - 3.99 * edge.sigma());
        assertThat(new NormalCurve(0, 1e-6).pdf(0)).isFinite();
        assertThat(new NormalCurve(100_000, 100_000).cdf(500_000)).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void areas_are_probabilities_and_the_inverse_undoes_the_cdf(
            @ForAll @DoubleRange(min = -1e3, max = 1e3) double mu, @ForAll @Scale(4) @DoubleRange(min = 1e-3, max = 1e3) double sigma,
            @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 0.999) double p, @ForAll @DoubleRange(min = -5, max = 5) double za,
            @ForAll @DoubleRange(min = 0, max = 5) double width) {
        net.jqwik.api.Assume.that(sigma >= Math.abs(mu) / NormalCurve.MEAN_TO_SD);
        NormalCurve curve = new NormalCurve(mu, sigma);
        double a = mu + za * sigma;
        double b = a + width * sigma;
        double area = curve.probability(a, b);
        assertThat(area).isBetween(0.0, 1.0);
        assertThat(area).isCloseTo(curve.cdf(b) - curve.cdf(a), within(1e-9));
        // symmetry: F(μ − d) = 1 − F(μ + d)
        assertThat(curve.cdf(mu - width * sigma)).isCloseTo(1 - curve.cdf(mu + width * sigma), within(1e-12));
        assertThat(curve.cdf(curve.inverse(p))).isCloseTo(p, within(1e-8));
        // mean = median = mode: the density peaks at μ and half the area lies below it
        assertThat(curve.cdf(mu)).isCloseTo(0.5, within(1e-15));
        assertThat(curve.pdf(mu)).isGreaterThanOrEqualTo(curve.pdf(a));
    }
}
