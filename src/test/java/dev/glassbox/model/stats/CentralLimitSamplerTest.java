package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.stats.CentralLimitSampler.Run;
import dev.glassbox.model.stats.CentralLimitSampler.Source;
import dev.glassbox.model.text.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CentralLimitSamplerTest {

    /** Exact moments of the sources, by hand: uniform σ² = 1/12; die σ² = 35/12; skewed E[X] = 1.1, E[X²] = 5.9. */
    private static final double EXACT = 1e-12;

    @Test
    void the_sources_have_the_textbook_mean_and_sd() {
        assertThat(Source.UNIFORM.mu()).isEqualTo(0.5);
        assertThat(Source.UNIFORM.sigma()).isCloseTo(Math.sqrt(1.0 / 12), within(EXACT));
        assertThat(Source.EXPONENTIAL.mu()).isEqualTo(1.0);
        assertThat(Source.EXPONENTIAL.sigma()).isEqualTo(1.0);
        assertThat(Source.DIE.mu()).isCloseTo(3.5, within(EXACT));
        // python3 -c "import math; print(math.sqrt(35/12))" → 1.707825127659933
        assertThat(Source.DIE.sigma()).isCloseTo(1.707825127659933, within(EXACT));
        assertThat(Source.SKEWED.mu()).isCloseTo(1.1, within(EXACT));
        assertThat(Source.SKEWED.sigma()).isCloseTo(Math.sqrt(5.9 - 1.21), within(EXACT));
    }

    @Test
    void the_same_seed_gives_the_same_run_and_another_seed_another() {
        Run a = CentralLimitSampler.run(Source.EXPONENTIAL, 10, 200, 42);
        Run b = CentralLimitSampler.run(Source.EXPONENTIAL, 10, 200, 42);
        Run c = CentralLimitSampler.run(Source.EXPONENTIAL, 10, 200, 43);
        assertThat(a.means()).containsExactly(b.means());
        assertThat(Arrays.equals(a.means(), c.means())).isFalse();
    }

    @Test
    void means_centre_on_mu_with_spread_sigma_over_root_n() {
        for (Source source : Source.values()) {
            for (int n : new int[] {1, 4, 30}) {
                Run run = CentralLimitSampler.run(source, n, 5000, 2024);
                double se = source.sigma() / Math.sqrt(n);
                assertThat(run.standardError()).isCloseTo(se, within(EXACT));
                // With 5,000 means the mean of means is within 5 standard errors of its own (se / √5000) of μ,
                // and the SD of the means within 8% of σ/√n (a chance failure has probability far below 1e-6).
                assertThat(run.meanOfMeans()).isCloseTo(source.mu(), within(5 * se / Math.sqrt(5000)));
                assertThat(run.sdOfMeans()).isCloseTo(se, within(0.08 * se));
            }
        }
    }

    @Test
    void the_histogram_counts_every_mean_once_and_approaches_the_normal_curve() {
        Run small = CentralLimitSampler.run(Source.EXPONENTIAL, 1, 5000, 5);
        Run large = CentralLimitSampler.run(Source.EXPONENTIAL, 50, 5000, 5);
        assertThat(Arrays.stream(small.histogram().counts()).sum()).isEqualTo(5000);
        assertThat(Arrays.stream(large.histogram().counts()).sum()).isEqualTo(5000);
        // Total variation distance between the histogram and the normal curve's bin probabilities shrinks with n.
        assertThat(distance(large)).isLessThan(distance(small) / 2);
    }

    @Test
    void a_die_histogram_puts_each_face_in_its_own_bin() {
        Run run = CentralLimitSampler.run(Source.DIE, 1, 600, 1);
        Histogram h = run.histogram();
        assertThat(Arrays.stream(h.counts()).filter(c -> c > 0).count()).isEqualTo(6);
    }

    @Test
    void limits_are_stated_in_one_sentence() {
        assertThatThrownBy(() -> CentralLimitSampler.run(Source.DIE, 0, 10, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 1 to 100");
        assertThatThrownBy(() -> CentralLimitSampler.run(Source.DIE, 5, 5001, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 1 to 5000");
        assertThatThrownBy(() -> Source.byKey("normal")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CentralLimitSampler.run(Source.DIE, 5, 10, -5)).hasMessageContaining("from 0 to 999999999");
    }

    @Test
    void typed_whole_numbers_are_read_exactly_or_refused_with_what_was_typed() {
        assertThat(CentralLimitSampler.wholeNumber(" 30 ", 1, 100, "n")).isEqualTo(30);
        assertThat(CentralLimitSampler.wholeNumber("−0", 0, 9, "The seed")).isZero();
        // 1e999 is not read as 1999 (an integer box used to drop the e), nor 2.5 as 25.
        for (String bad : new String[] {"1e999", "2.5", "0", "10000000", "", "99999999999", "seven"}) {
            assertThatThrownBy(() -> CentralLimitSampler.wholeNumber(bad, 1, 5000, "The number of samples"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("The number of samples must be a whole number from 1 to 5000, but it is “" + bad + "”.");
        }
    }

    @Test
    void the_skewness_of_the_means_shrinks_as_gamma_over_root_n() {
        // Skewed source, by hand: μ = 1.1; σ² = 0.5·1.21 + 0.3·0.01 + 0.15·0.81 + 0.05·79.21 = 4.69;
        // E[(X − μ)³] = 0.5·(−1.331) + 0.3·(−0.001) + 0.15·0.729 + 0.05·704.969 = 34.69215; γ = 34.69215 / 4.69^1.5
        // (python3: sum(p*(v-1.1)**3 for v,p in zip([0,1,2,10],[.5,.3,.15,.05])) / 4.69**1.5 → 3.41562413500046).
        assertThat(Source.SKEWED.skewness()).isCloseTo(3.41562413500046, within(1e-9));
        assertThat(Source.EXPONENTIAL.skewness()).isEqualTo(2);
        Run one = CentralLimitSampler.run(Source.EXPONENTIAL, 1, 5000, 3);
        Run thirty = CentralLimitSampler.run(Source.EXPONENTIAL, 30, 5000, 3);
        assertThat(thirty.expectedSkewness()).isCloseTo(2 / Math.sqrt(30), within(1e-15));
        // Sampling error of a skewness from 5000 values is about √(6/5000) ≈ 0.035 for normal data (more for skewed).
        assertThat(one.skewnessOfMeans()).isCloseTo(2, within(0.4));
        assertThat(thirty.skewnessOfMeans()).isCloseTo(thirty.expectedSkewness(), within(0.15));
    }

    private static double distance(Run run) {
        Histogram h = run.histogram();
        NormalCurve normal = run.normal();
        double d = 0;
        int[] counts = h.counts();
        for (int i = 0; i < h.bins(); i++) {
            d += Math.abs((double) counts[i] / h.n() - normal.probability(h.left(i), h.right(i)));
        }
        return d / 2;
    }
}
