package dev.glassbox.ui.position;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The positions lesson's questions against the paper's formula, written out here with Math.sin and Math.cos. */
class PositionsQuestionsTest {

    /** Vaswani et al. 2017, section 3.5: PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(…). */
    private static double pe(int pos, int dim, int d) {
        double angle = pos / Math.pow(10_000, (dim / 2 * 2.0) / d);
        return dim % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
    }

    @ParameterizedTest
    @CsvSource({"16,16", "32,64", "128,384"})
    void the_fastest_pair_is_the_one_that_changes_most_by_the_formula(int n, int d) {
        int best = -1;
        double most = -1;
        for (int pair = 0; pair < d / 2; pair++) {
            double sum = 0;
            for (int p = 0; p + 1 < n; p++) {
                sum += Math.abs(pe(p + 1, 2 * pair, d) - pe(p, 2 * pair, d)) + Math.abs(pe(p + 1, 2 * pair + 1, d) - pe(p, 2 * pair + 1, d));
            }
            if (sum > most) {
                most = sum;
                best = pair;
            }
        }
        Prediction q = PositionsQuestions.fastest(n, d);
        // The highest frequency, 1 radian per position, is pair 0: it also changes most over every offered choice.
        assertThat(best).isZero();
        assertThat(q.answer()).isEqualTo("dimensions 0 and 1");
        assertThat(q.choices()).hasSize(4);
        assertThat(q.why()).contains("turn by 1 radians per position");
    }

    @ParameterizedTest
    @CsvSource({"16,16", "32,64", "64,128", "128,384"})
    void the_fading_answer_follows_the_mean_cosine_by_distance(int n, int d) {
        // Independent: the mean cosine of all position pairs k apart, from the formula; "only falls" when no lag is
        // higher than the one before by more than the lesson's allowance of 1e-9.
        double[] byLag = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int a = 0; a + k < n; a++) {
                double dot = 0, na = 0, nb = 0;
                for (int dim = 0; dim < d; dim++) {
                    dot += pe(a, dim, d) * pe(a + k, dim, d);
                    na += pe(a, dim, d) * pe(a, dim, d);
                    nb += pe(a + k, dim, d) * pe(a + k, dim, d);
                }
                sum += dot / Math.sqrt(na * nb);
            }
            byLag[k] = sum / (n - k);
        }
        boolean onlyFalls = true;
        for (int k = 1; k < n; k++) {
            onlyFalls &= byLag[k] <= byLag[k - 1] + 1e-9;
        }
        Prediction q = PositionsQuestions.fading(n, d);
        assertThat(q.answer()).isEqualTo(onlyFalls ? "Yes" : "No");
    }

    @Test
    void the_lesson_builder_lists_these_questions_in_page_order() {
        assertThat(dev.glassbox.model.lesson.ViewQuestions.of("positions"))
                .extracting(dev.glassbox.model.lesson.ViewQuestions.Entry::id).containsExactly(PositionsQuestions.FASTEST, PositionsQuestions.FADING);
    }
}
