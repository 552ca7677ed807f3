package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.Test;

class GenerateQuestionsTest {

    private static final CharVocabulary VOCABULARY = new CharVocabulary("abcde");
    /** Logits for �, a, b, c, d, e: e is the most likely (z = 3). */
    private static final float[] Z = {-1, 1, 0, 2, -2, 3};

    /** softmax(z / τ)[i] by the formula, independently of {@link Sampling}. */
    private static double softmax(int i, double tau) {
        double sum = 0;
        for (float z : Z) {
            sum += Math.exp(z / tau);
        }
        return Math.exp(Z[i] / tau) / sum;
    }

    @Test
    void temperature_two_makes_the_favourite_less_likely_by_the_softmax_formula() {
        GenerateDistribution d = GenerateDistribution.of(Z, Sampling.PLAIN, VOCABULARY, -1);
        Prediction q = GenerateQuestions.temperature(d, Z, 0);
        // by the formula: e has 0.6337 at τ = 1 and 0.4141 at τ = 2
        assertThat(softmax(5, 2)).isLessThan(softmax(5, 1));
        assertThat(q.correct()).isEqualTo("less");
        assertThat(q.why()).contains("“e”", String.format("%.4f", softmax(5, 1)), String.format("%.4f", softmax(5, 2)));
        assertThat(q.prompt()).contains("For the first character to be written");
    }

    @Test
    void equal_logits_stay_just_as_likely() {
        float[] flat = {0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f};
        Prediction q = GenerateQuestions.temperature(GenerateDistribution.of(flat, Sampling.PLAIN, VOCABULARY, -1), flat, 3);
        assertThat(q.correct()).isEqualTo("same");
        assertThat(q.prompt()).contains("At written character 3");
    }

    @Test
    void the_kept_count_follows_top_p_by_hand() {
        // by hand: softmax gives e 0.6337, c 0.2331, a 0.0858, …; top-p 0.8 needs e and c (0.8668 ≥ 0.8)
        assertThat(softmax(5, 1) + softmax(3, 1)).isCloseTo(0.8668, within(1e-4));
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(1, 0, 0.8), VOCABULARY, -1);
        Prediction q = GenerateQuestions.kept(d, 2);
        assertThat(q.truth()).isEqualTo(2);
        assertThat(q.tolerance()).isZero();
        assertThat(q.prompt()).contains("τ = 1, top-k = 0 (off) and top-p = 0.8", "how many of the 6 characters");
        assertThat(q.judge("2")).isEqualTo(new Prediction.Verdict.Judged(true, "2"));
        assertThat(q.judge("3")).isEqualTo(new Prediction.Verdict.Judged(false, "3"));
        assertThat(q.why()).isEqualTo("top-p = 0.8 keeps the fewest most likely characters that reach 0.8 together: "
                + "the first 2 hold " + String.format("%.4f", softmax(5, 1) + softmax(3, 1)) + ", the first 1 only "
                + String.format("%.4f", softmax(5, 1)) + ". So 2 of the 6 characters are left.");
    }

    @Test
    void greedy_and_top_k_keep_as_many_as_they_say() {
        assertThat(GenerateQuestions.kept(GenerateDistribution.of(Z, new Sampling(0, 0, 1), VOCABULARY, -1), 1).truth())
                .isEqualTo(1);
        Prediction topK = GenerateQuestions.kept(GenerateDistribution.of(Z, new Sampling(1.5, 3, 1), VOCABULARY, -1), 1);
        assertThat(topK.truth()).isEqualTo(3);
        assertThat(topK.why()).isEqualTo("top-k = 3 keeps the 3 most likely. So 3 of the 6 characters are left.");
        // top-k 3 then top-p 0.99: the three most likely hold less than 0.99 after τ = 1, so top-k decides
        Prediction both = GenerateQuestions.kept(GenerateDistribution.of(Z, new Sampling(1, 3, 0.99), VOCABULARY, -1), 1);
        assertThat(both.truth()).isEqualTo(3);
        assertThat(both.why()).contains("but top-k leaves no more");
        assertThat(GenerateQuestions.kept(GenerateDistribution.of(Z, Sampling.PLAIN, VOCABULARY, -1), 1).truth())
                .isEqualTo(6);
    }

    @Test
    void the_list_of_questions_names_the_lessons_own_in_page_order() {
        assertThat(ViewQuestions.of("generate")).extracting(ViewQuestions.Entry::id).containsExactly(GenerateQuestions.TEMPERATURE, GenerateQuestions.KEPT);
    }
}
