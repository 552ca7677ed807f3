package dev.glassbox.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.ui.base.Prediction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

class ZScoresQuestionsTest {

    private static ZScoreTable table(String values, SdKind kind) {
        return ZScoreTable.of(NumberList.parse(values), kind);
    }

    @Test
    void the_highest_example_score_is_more_than_one_sd_above_the_mean() {
        ZScoreTable t = table(ZScoresState.ONE_GROUP, SdKind.POPULATION);
        // independent: μ = 76.5, σ from Commons Math's StandardDeviation without bias correction = 12.0270;
        // z(94) = 17.5 / 12.0270 = 1.4551
        double sigma = new StandardDeviation(false).evaluate(new double[] {62, 75, 71, 88, 94, 55, 79, 83, 68, 90});
        double z = (94 - 76.5) / sigma;
        assertThat(z).isCloseTo(1.4551, within(1e-4));
        Prediction q = ZScoresQuestions.aboveOne(t, null);
        assertThat(q.correct()).isEqualTo("yes");
        assertThat(q.prompt()).contains("highest value, 94,");
        assertThat(q.why()).contains("= 1.4551, more than 1");
    }

    @Test
    void a_highest_value_close_to_the_mean_is_not_above_one() {
        // 1, 9, 10, 10: μ = 7.5, σ = 3.7749; z(10) = 2.5 / 3.7749 = 0.6623
        Prediction q = ZScoresQuestions.aboveOne(table("1 9 10 10", SdKind.POPULATION), "A");
        assertThat(q.correct()).isEqualTo("no");
        assertThat(q.prompt()).contains("highest value in group A, 10,");
        assertThat(q.why()).contains("0.6623, not more than 1");
    }

    @Test
    void the_lowest_values_percentage_is_phi_of_its_z_times_100() {
        ZScoreTable t = table(ZScoresState.ONE_GROUP, SdKind.SAMPLE);
        // independent: s by Commons Math (bias-corrected), Φ by Commons Math's NormalDistribution
        double s = new StandardDeviation(true).evaluate(new double[] {62, 75, 71, 88, 94, 55, 79, 83, 68, 90});
        double expected = 100 * new NormalDistribution(0, 1).cumulativeProbability((55 - 76.5) / s);
        Prediction q = ZScoresQuestions.percentile(t, null);
        assertThat(q.truth()).isCloseTo(expected, within(1e-9));
        assertThat(q.tolerance()).isEqualTo(ZScoresQuestions.POINTS);
        assertThat(((Prediction.Verdict.Judged) q.judge(Double.toString(expected + 4.9))).right()).isTrue();
        assertThat(((Prediction.Verdict.Judged) q.judge(Double.toString(expected + 5.1))).right()).isFalse();
        assertThat(q.why()).contains("lies below it");
    }

    @Test
    void the_list_of_questions_names_the_lessons_own_in_page_order() {
        assertThat(ViewQuestions.of("zscores")).extracting(ViewQuestions.Entry::id).containsExactly(ZScoresQuestions.ABOVE_ONE, ZScoresQuestions.PERCENTILE);
    }
}
