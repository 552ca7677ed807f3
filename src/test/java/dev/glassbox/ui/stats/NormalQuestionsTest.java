package dev.glassbox.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.Test;

/** Areas from the standard normal table (Freedman, Pisani &amp; Purves, Statistics, A-105). */
class NormalQuestionsTest {

    /** The table's four decimals. */
    private static final double TABLE = 5e-5;

    @Test
    void one_sd_either_side_is_more_than_half() {
        // table: Φ(1) − Φ(−1) = 0.6827
        NormalCurve curve = new NormalCurve(100, 15);
        Prediction half = NormalQuestions.half(curve, 85, 115);
        Prediction area = NormalQuestions.area(curve, 85, 115);
        assertThat(half.correct()).isEqualTo("yes");
        assertThat(area.truth()).isCloseTo(0.6827, within(TABLE));
        assertThat(area.tolerance()).isEqualTo(NormalQuestions.TOLERANCE);
        assertThat(half.prompt()).startsWith("For μ = 100 and σ = 15, P(85 ≤ X ≤ 115)");
        assertThat(area.why()).contains("from z = -1 to z = 1");
    }

    @Test
    void from_the_mean_to_half_an_sd_is_not_more_than_half() {
        // table: Φ(0.5) − Φ(0) = 0.6915 − 0.5 = 0.1915
        NormalCurve curve = NormalCurve.standard();
        assertThat(NormalQuestions.half(curve, 0, 0.5).correct()).isEqualTo("no");
        Prediction area = NormalQuestions.area(curve, 0, 0.5);
        assertThat(area.truth()).isCloseTo(0.1915, within(TABLE));
        assertThat(((Prediction.Verdict.Judged) area.judge("0.2")).right()).isTrue();
        assertThat(((Prediction.Verdict.Judged) area.judge("0.25")).right()).isFalse();
    }

    @Test
    void an_empty_interval_has_area_zero() {
        assertThat(NormalQuestions.area(NormalCurve.standard(), 1, 1).truth()).isZero();
        assertThat(NormalQuestions.half(NormalCurve.standard(), 1, 1).correct()).isEqualTo("no");
    }

    @Test
    void the_list_of_questions_names_the_lessons_own_in_page_order() {
        assertThat(ViewQuestions.of("normal")).extracting(ViewQuestions.Entry::id).containsExactly(NormalQuestions.HALF, NormalQuestions.AREA);
    }
}
