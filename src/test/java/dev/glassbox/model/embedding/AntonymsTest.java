package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected cosines from an independent float64 NumPy computation over the same file
 * ({@code glove-6b-100d-50k.bin} read with {@code numpy.frombuffer(dtype='>f2')}): hot–cold 0.725192, good–bad
 * 0.770248, hot–piano 0.237508, good–river 0.267965; the exact mean cosine over all 50,000 × 49,999 ordered pairs of
 * different words, (‖Σ uᵢ‖² − V) / (V (V − 1)) with uᵢ the unit rows, is 0.0286347.
 */
class AntonymsTest {

    static final double EXACT = 1e-6;
    /** Five standard errors of a mean of 10,000 cosines whose standard deviation is about 0.12. */
    static final double SAMPLE = 0.006;

    @Test
    void opposites_score_far_higher_than_unrelated_words() {
        List<Antonyms.Pair> pairs = Antonyms.pairs(TestGlove.VECTORS);
        assertThat(pairs).extracting(Antonyms.Pair::kind).containsExactly("opposites", "opposites", "unrelated", "unrelated");
        assertThat(pairs.get(0).cosine()).isCloseTo(0.725192, within(EXACT));
        assertThat(pairs.get(1).cosine()).isCloseTo(0.770248, within(EXACT));
        assertThat(pairs.get(2).cosine()).isCloseTo(0.237508, within(EXACT));
        assertThat(pairs.get(3).cosine()).isCloseTo(0.267965, within(EXACT));
        assertThat(Antonyms.table(pairs).rows()).hasSize(4);
    }

    @Test
    void random_pairs_average_near_the_exact_mean_and_repeat_with_their_seed() {
        Antonyms.Baseline b = Antonyms.randomPairs(TestGlove.VECTORS, 10_000, 1);
        assertThat(b.mean()).isCloseTo(0.0286347, within(SAMPLE));
        assertThat(b.nearZero()).isBetween(0.0, 1.0);
        assertThat(Antonyms.randomPairs(TestGlove.VECTORS, 10_000, 1)).isEqualTo(b);
    }
}
