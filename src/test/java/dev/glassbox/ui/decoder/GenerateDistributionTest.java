package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateDistributionTest {

    private static final double TOLERANCE = 1e-12;
    private static final CharVocabulary VOCABULARY = new CharVocabulary("abcde");
    /** Logits for �, a, b, c, d, e: by hand, softmax gives e the most (z = 3), then c (z = 2), then a (z = 1). */
    private static final float[] Z = {-1, 1, 0, 2, -2, 3};

    private static double softmax(int i) {
        double sum = 0;
        for (float z : Z) {
            sum += Math.exp(z);
        }
        return Math.exp(Z[i]) / sum;
    }

    @Test
    void the_rows_run_from_the_most_likely_down_with_the_models_own_probabilities() {
        GenerateDistribution d = GenerateDistribution.of(Z, Sampling.PLAIN, VOCABULARY, -1);
        assertThat(d.rows().stream().map(GenerateDistribution.Row::symbol).toList())
                .containsExactly("e", "c", "a", "b", CharVocabulary.UNKNOWN_LABEL, "d");
        for (GenerateDistribution.Row r : d.rows()) {
            assertThat(r.model()).isCloseTo(softmax(r.id()), within(TOLERANCE));
            assertThat(r.drawn()).isCloseTo(r.model(), within(TOLERANCE)); // nothing cut, nothing reshaped
        }
        assertThat(d.kept()).isEqualTo(6);
        assertThat(d.mass()).isCloseTo(1, within(TOLERANCE));
    }

    @Test
    void greedy_keeps_only_the_top_character() {
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(0, 0, 1), VOCABULARY, 5);
        assertThat(d.rows().stream().filter(GenerateDistribution.Row::isKept).map(GenerateDistribution.Row::symbol))
                .containsExactly("e");
        assertThat(d.cutBy(GenerateDistribution.Cut.GREEDY)).isEqualTo(5);
        assertThat(d.top().drawn()).isEqualTo(1);
        assertThat(d.slice(5)).containsExactly(0, 1);
    }

    @Test
    void top_k_keeps_k_and_renormalises_them() {
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(1, 3, 1), VOCABULARY, -1);
        List<GenerateDistribution.Row> kept = d.rows().stream().filter(GenerateDistribution.Row::isKept).toList();
        assertThat(kept).extracting(GenerateDistribution.Row::symbol).containsExactly("e", "c", "a");
        double mass = softmax(5) + softmax(3) + softmax(1);
        assertThat(d.mass()).isCloseTo(mass, within(TOLERANCE));
        assertThat(kept.getFirst().drawn()).isCloseTo(softmax(5) / mass, within(TOLERANCE));
        assertThat(kept.stream().mapToDouble(GenerateDistribution.Row::drawn).sum()).isCloseTo(1, within(TOLERANCE));
        assertThat(d.cutBy(GenerateDistribution.Cut.TOP_K)).isEqualTo(3);
    }

    @Test
    void top_p_keeps_the_smallest_set_that_reaches_p_and_names_its_cut() {
        // softmax: e 0.6337, c 0.2331 (by hand from Z): e alone does not reach 0.8, e and c together do
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(1, 0, 0.8), VOCABULARY, 3);
        assertThat(d.kept()).isEqualTo(2);
        assertThat(d.row(1).cut()).isEqualTo(GenerateDistribution.Cut.TOP_P);
        assertThat(d.slice(3)[0]).isCloseTo(softmax(5) / (softmax(5) + softmax(3)), within(TOLERANCE));
        assertThat(d.slice(3)[1]).isEqualTo(1);
    }

    @Test
    void temperature_reshapes_before_the_cut() {
        GenerateDistribution hot = GenerateDistribution.of(Z, new Sampling(2, 0, 1), VOCABULARY, -1);
        double sum = 0;
        for (float z : Z) {
            sum += Math.exp(z / 2.0);
        }
        assertThat(hot.top().tempered()).isCloseTo(Math.exp(1.5) / sum, within(TOLERANCE));
        assertThat(hot.top().tempered()).isLessThan(hot.top().model());
    }
}
