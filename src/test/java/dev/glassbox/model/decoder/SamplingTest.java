package dev.glassbox.model.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplingTest {

    // logits chosen so that softmax is easy to check by hand: e^2, e^1, e^0, e^0 over their sum
    private static final float[] Z = {1f, 2f, 0f, 0f};
    private static final double SUM = Math.exp(2) + Math.exp(1) + 2;

    @Test
    void temperature_one_is_the_softmax() {
        double[] p = Sampling.PLAIN.probabilities(Z);
        assertThat(p[1]).isCloseTo(Math.exp(2) / SUM, offset(1e-12));
        assertThat(p[0]).isCloseTo(Math.exp(1) / SUM, offset(1e-12));
    }

    @Test
    void temperature_two_flattens_and_one_half_sharpens() {
        double top1 = Sampling.PLAIN.probabilities(Z)[1];
        assertThat(new Sampling(2, 0, 1).probabilities(Z)[1]).isLessThan(top1);
        assertThat(new Sampling(0.5, 0, 1).probabilities(Z)[1]).isGreaterThan(top1);
        // softmax(z / 2) by hand: e^1, e^0.5, 1, 1
        double sum = Math.exp(1) + Math.exp(0.5) + 2;
        assertThat(new Sampling(2, 0, 1).probabilities(Z)[1]).isCloseTo(Math.exp(1) / sum, offset(1e-12));
    }

    @Test
    void temperature_zero_is_greedy() {
        List<Sampling.Candidate> c = new Sampling(0, 0, 1).candidates(Z);
        assertThat(c).containsExactly(new Sampling.Candidate(1, 1.0));
    }

    @Test
    void top_k_keeps_the_k_most_likely_renormalised() {
        List<Sampling.Candidate> c = new Sampling(1, 2, 1).candidates(Z);
        assertThat(c).extracting(Sampling.Candidate::id).containsExactly(1, 0);
        double kept = Math.exp(2) + Math.exp(1);
        assertThat(c.get(0).probability()).isCloseTo(Math.exp(2) / kept, offset(1e-12));
        assertThat(c.stream().mapToDouble(Sampling.Candidate::probability).sum()).isCloseTo(1, offset(1e-12));
    }

    @Test
    void top_p_keeps_the_smallest_set_that_reaches_p() {
        double p1 = Math.exp(2) / SUM; // ≈ 0.6103
        assertThat(new Sampling(1, 0, p1 - 0.01).candidates(Z)).hasSize(1);
        assertThat(new Sampling(1, 0, p1 + 0.01).candidates(Z)).hasSize(2);
        // ties (the two zeros) are ordered by id, so the cut is always the same
        assertThat(new Sampling(1, 0, 0.99).candidates(Z)).extracting(Sampling.Candidate::id).containsExactly(1, 0, 2, 3);
    }

    @Test
    void drawing_follows_the_cumulative_probabilities() {
        List<Sampling.Candidate> c = List.of(new Sampling.Candidate(7, 0.25), new Sampling.Candidate(9, 0.75));
        int sevens = 0;
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            sevens += Sampling.draw(c, random).id() == 7 ? 1 : 0;
        }
        assertThat(sevens / 20_000.0).isCloseTo(0.25, offset(0.015)); // 5 standard errors of a binomial
    }

    @Test
    void settings_out_of_range_are_refused_with_a_sentence() {
        assertThatThrownBy(() -> new Sampling(-1, 0, 1)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> new Sampling(Double.NaN, 0, 1)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> new Sampling(1, -1, 1)).hasMessageContaining("Top-k");
        assertThatThrownBy(() -> new Sampling(1, 0, 0)).hasMessageContaining("Top-p");
        assertThatThrownBy(() -> new Sampling(1, 0, 1.5)).hasMessageContaining("Top-p");
    }
}
