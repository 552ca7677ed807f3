package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.text.InvalidInputException;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ZScoreTableTest {

    /** Agreement with the reference values, which Python prints to 16–17 significant digits. */
    private static final double TOLERANCE = 1e-12;
    /** Sums over up to 50 values of up to 1e6 lose a few ulps. */
    private static final double INVARIANT_TOLERANCE = 1e-9;

    @Test
    void the_api_example_3_5_7_matches_python() {
        // python3 -c "from statistics import pstdev, NormalDist; s = pstdev([3,5,7]); print(s, -2/s, NormalDist().cdf(-2/s))"
        // → 1.632993161855452 -1.224744871391589 0.11033568095992341
        ZScoreTable t = ZScoreTable.of(new double[] {3, 5, 7}, SdKind.POPULATION);
        assertThat(t.n()).isEqualTo(3);
        assertThat(t.mean()).isEqualTo(5.0);
        assertThat(t.sd()).isCloseTo(1.632993161855452, within(TOLERANCE));
        assertThat(t.rows().get(0).z()).isCloseTo(-1.224744871391589, within(TOLERANCE));
        assertThat(t.rows().get(0).percentile()).isCloseTo(0.11033568095992341, within(TOLERANCE));
        assertThat(t.rows().get(1).z()).isEqualTo(0.0);
        assertThat(t.rows().get(1).percentile()).isEqualTo(0.5);
    }

    @Test
    void sample_and_population_sd_of_a_small_set_match_python() {
        // python3 -c "import statistics as st; d=[2,4,4,4,5,5,7,9]; print(st.mean(d), st.pstdev(d), st.stdev(d))"
        // → 5 2.0 2.138089935299395
        double[] d = {2, 4, 4, 4, 5, 5, 7, 9};
        ZScoreTable population = ZScoreTable.of(d, SdKind.POPULATION);
        ZScoreTable sample = ZScoreTable.of(d, SdKind.SAMPLE);
        assertThat(population.mean()).isEqualTo(5.0);
        assertThat(population.sd()).isCloseTo(2.0, within(TOLERANCE));
        assertThat(sample.sd()).isCloseTo(2.138089935299395, within(TOLERANCE));
        assertThat(sample.populationSd()).isEqualTo(population.sd());
        // The sample s exceeds σ by exactly √(n / (n − 1)).
        assertThat(sample.sd() / population.sd()).isCloseTo(Math.sqrt(8.0 / 7.0), within(TOLERANCE));
        // z of 9 is 2 with σ = 2; with s it is 4 / 2.138089935299395 = 1.8708286933869707 (python3).
        assertThat(population.rows().get(7).z()).isCloseTo(2.0, within(TOLERANCE));
        assertThat(sample.rows().get(7).z()).isCloseTo(1.8708286933869707, within(TOLERANCE));
    }

    @Test
    void a_repeated_value_gets_the_same_z_every_time() {
        // 4 appears three times; z = (4 − 5) / 2 = −0.5, Φ(−0.5) = 0.3085375387259869 (python3 NormalDist().cdf(-0.5)).
        ZScoreTable t = ZScoreTable.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, SdKind.POPULATION);
        for (int i = 1; i <= 3; i++) {
            assertThat(t.rows().get(i).z()).isEqualTo(-0.5);
            assertThat(t.rows().get(i).percentile()).isCloseTo(0.3085375387259869, within(TOLERANCE));
        }
    }

    @Test
    void the_trace_runs_from_sum_to_percentile_rank() {
        ZScoreTable t = ZScoreTable.of(new double[] {3, 5, 7}, SdKind.SAMPLE);
        assertThat(t.trace().steps()).extracting(s -> s.id()).containsExactly(ZScoreTable.SUM, ZScoreTable.MEAN,
                ZScoreTable.DEVIATIONS, ZScoreTable.SQUARED, ZScoreTable.VARIANCE, ZScoreTable.SIGMA, ZScoreTable.Z,
                ZScoreTable.PERCENTILE, ZScoreTable.RANK);
        assertThat(t.trace().step(ZScoreTable.VARIANCE).equation()).contains("n − 1 = 2").endsWith("= 4");
    }

    @Test
    void too_few_or_equal_values_are_refused_with_one_sentence() {
        assertThatThrownBy(() -> ZScoreTable.of(new double[] {42}, SdKind.SAMPLE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sample standard deviation is undefined");
        assertThatThrownBy(() -> ZScoreTable.of(new double[] {4, 4, 4}, SdKind.POPULATION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("standard deviation is 0");
        // (1e-200 − 1.5e-200)² underflows to 0 in double precision: the spread cannot be measured.
        assertThatThrownBy(() -> ZScoreTable.of(new double[] {1e-200, 2e-200}, SdKind.POPULATION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rounds to 0");
        assertThatThrownBy(() -> ZScoreTable.of(new double[0], SdKind.POPULATION)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ZScoreTable.of(new double[] {1, Double.NaN}, SdKind.POPULATION))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ZScoreTable.of(new double[1001], SdKind.POPULATION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 1000");
    }

    @Test
    void the_reading_says_where_and_how_many_lie_below() {
        assertThat(ZScoreTable.reading(1.2)).isEqualTo("1.20 standard deviations above the mean; higher than 88.5% of a normal population");
        assertThat(ZScoreTable.reading(-1)).isEqualTo("1.00 standard deviation below the mean; higher than 15.9% of a normal population");
        assertThat(ZScoreTable.reading(0)).startsWith("at the mean; higher than 50%");
        assertThat(ZScoreTable.where(-1.2247)).isEqualTo("1.22 standard deviations below the mean");
        assertThat(ZScoreTable.reading(5)).endsWith("higher than more than 99.9% of a normal population");
    }

    @Test
    void the_reading_and_the_steps_are_written_in_the_language_asked_for() {
        LessonText es = LessonText.of("zscores", Language.SPANISH);
        // |z| = 1.2247 to two decimals is 1.22; Spanish writes it 1,22.
        assertThat(ZScoreTable.where(-1.2247, Language.SPANISH)).isEqualTo(es.plain("below-sds", Map.of("amount", "1,22")))
                .contains("por debajo");
        assertThat(ZScoreTable.percent(0.885, Language.SPANISH)).isEqualTo("88,5\u00a0%");
        ZScoreTable t = ZScoreTable.of(new double[] {3, 5, 7}, SdKind.POPULATION);
        // σ² = ((3 − 5)² + 0 + (7 − 5)²) / 3 = 8/3 = 2.6667
        assertThat(t.trace(Language.SPANISH).step(ZScoreTable.VARIANCE).equation()).endsWith("= 2,6667");
        assertThat(t.trace(Language.SPANISH).step(ZScoreTable.VARIANCE).title()).isEqualTo(es.plain("step-variance"));
        assertThat(t.trace().step(ZScoreTable.VARIANCE).equation()).endsWith("= 2.6667");
        assertThat(t.trace().step(ZScoreTable.VARIANCE).title()).isEqualTo("Variance");
        assertThatThrownBy(() -> ZScoreTable.of(new double[] {4, 4}, SdKind.POPULATION, Language.SPANISH))
                .hasMessage(es.plain("error-all-equal"));
    }

    @Property(tries = 300)
    void z_scores_have_mean_zero_and_sd_one_and_keep_the_order(
            @ForAll @Size(min = 2, max = 50) double[] raw, @ForAll @DoubleRange(min = 0.5, max = 1e3) double scale) {
        double[] x = Arrays.stream(raw).map(v -> Double.isFinite(v) ? Math.max(-1e6, Math.min(1e6, v)) : 0).toArray();
        x[0] = x[1] + scale; // at least two different values
        for (SdKind kind : SdKind.values()) {
            ZScoreTable t = ZScoreTable.of(x, kind);
            double[] z = t.rows().stream().mapToDouble(ZScoreTable.Row::z).toArray();
            double sumZ = Arrays.stream(z).sum();
            double sumZ2 = Arrays.stream(z).map(v -> v * v).sum();
            double sumDeviations = t.rows().stream().mapToDouble(ZScoreTable.Row::deviation).sum();
            assertThat(sumZ / z.length).isCloseTo(0, within(INVARIANT_TOLERANCE));
            assertThat(sumDeviations / (t.populationSd() * x.length)).isCloseTo(0, within(INVARIANT_TOLERANCE));
            double divisor = kind == SdKind.POPULATION ? z.length : z.length - 1;
            assertThat(sumZ2 / divisor).isCloseTo(1, within(INVARIANT_TOLERANCE));
            assertThat(t.sampleSd()).isGreaterThan(t.populationSd());
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    if (x[i] < x[j]) {
                        assertThat(z[i]).isLessThan(z[j]);
                        assertThat(t.rows().get(i).percentile()).isLessThanOrEqualTo(t.rows().get(j).percentile());
                    }
                }
                assertThat(t.rows().get(i).percentile()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void the_data_own_percentile_rank_counts_ties_as_half() {
        // python3: scipy.stats.percentileofscore([2,4,4,4,5,5,7,9], v, kind="mean") / 100 for each v
        // → 0.0625, 0.3125, 0.3125, 0.3125, 0.625, 0.625, 0.8125, 0.9375
        ZScoreTable t = ZScoreTable.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9}, SdKind.POPULATION);
        assertThat(t.rows().stream().mapToDouble(ZScoreTable.Row::rank).toArray())
                .containsExactly(0.0625, 0.3125, 0.3125, 0.3125, 0.625, 0.625, 0.8125, 0.9375);
        // …which is not Φ(z): 9 has z = 2, Φ(2) = 0.9772498680518208 (python3 NormalDist().cdf(2)).
        assertThat(t.rows().get(7).percentile()).isCloseTo(0.9772498680518208, within(TOLERANCE));
    }

    @Test
    void sample_mode_writes_sample_symbols_and_the_z_scores_sd_depends_on_its_kind() {
        // python3: statistics.pstdev(z) for z = [(x - 5) / stdev(d) for x in d], d = [3, 5, 7] → 0.816496580927726
        // (= √(2/3)); statistics.stdev of the population z-scores → 1.224744871391589 (= √(3/2)).
        ZScoreTable sample = ZScoreTable.of(new double[] {3, 5, 7}, SdKind.SAMPLE);
        ZScoreTable population = ZScoreTable.of(new double[] {3, 5, 7}, SdKind.POPULATION);
        assertThat(sample.zSampleSd()).isCloseTo(1, within(TOLERANCE));
        assertThat(sample.zPopulationSd()).isCloseTo(0.816496580927726, within(TOLERANCE));
        assertThat(population.zPopulationSd()).isCloseTo(1, within(TOLERANCE));
        assertThat(population.zSampleSd()).isCloseTo(1.224744871391589, within(TOLERANCE));
        assertThat(sample.trace().step(ZScoreTable.MEAN).equation()).startsWith("x̄ = Σx / n");
        assertThat(sample.trace().step(ZScoreTable.VARIANCE).equation()).startsWith("s² = Σ(x − x̄)² / (n − 1 = 2)");
        assertThat(sample.trace().step(ZScoreTable.Z).equation()).isEqualTo("z = (x − x̄) / s");
        assertThat(sample.trace().step(ZScoreTable.Z).explanation()).contains("√((n − 1) / n) = 0.8165");
        assertThat(population.trace().step(ZScoreTable.VARIANCE).equation()).startsWith("σ² = Σ(x − μ)² / (n = 3)");
        assertThat(population.trace().step(ZScoreTable.Z).equation()).isEqualTo("z = (x − μ) / σ");
    }
}
