package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.trace.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected cosines were computed in float64 with NumPy from the package JSON (first 100 numbers of each entry):
 * {@code a, b = (np.array(d['vectors'][w][:100]) for w in ('king', 'queen')); a @ b / norm(a) / norm(b)}.
 */
class CosineSimilarityTest {

    /** float16 storage moves a cosine of these vectors by well under 10⁻³. */
    static final double STORED = 1e-3;
    static final double EXACT = 1e-12;

    static final GloveVectors GLOVE = TestGlove.VECTORS;

    @Test
    void king_and_queen_and_cat_and_dog_match_the_source() {
        assertThat(CosineSimilarity.cosine(GLOVE.lookup("king").values(), GLOVE.lookup("queen").values()))
                .isCloseTo(0.7507690793623848, within(STORED));
        assertThat(CosineSimilarity.cosine(GLOVE.lookup("cat").values(), GLOVE.lookup("dog").values()))
                .isCloseTo(0.8798075041293154, within(STORED));
        assertThat(CosineSimilarity.cosine(GLOVE.lookup("king").values(), GLOVE.lookup("man").values()))
                .isCloseTo(0.511868147241968, within(STORED));
    }

    @Test
    void cosine_ignores_length_and_is_one_for_the_same_direction() {
        double[] a = {3, 4};
        assertThat(CosineSimilarity.cosine(a, new double[] {6, 8})).isCloseTo(1, within(EXACT));
        assertThat(CosineSimilarity.cosine(a, new double[] {-4, 3})).isCloseTo(0, within(EXACT));
        assertThat(CosineSimilarity.cosine(a, new double[] {-3, -4})).isCloseTo(-1, within(EXACT));
        assertThat(CosineSimilarity.cosine(a, new double[] {0, 0})).isZero();
    }

    @Test
    void the_trace_shows_the_dot_product_the_lengths_and_their_quotient() {
        WordVector king = GLOVE.lookup("king"), queen = GLOVE.lookup("queen");
        var trace = CosineSimilarity.trace(king, queen);
        double dot = ((Value.Scalar) trace.step(CosineSimilarity.DOT).value()).value();
        double cos = ((Value.Scalar) trace.step(CosineSimilarity.COSINE).value()).value();
        assertThat(cos).isCloseTo(dot / (king.norm() * queen.norm()), within(EXACT));
    }

    @Test
    void the_sentence_matrix_is_symmetric_with_ones_on_the_diagonal() {
        List<WordVector> words = List.of(GLOVE.lookup("cat"), GLOVE.lookup("dog"), GLOVE.lookup("cat"), GLOVE.lookup("bank"));
        Value.Matrix s = (Value.Matrix) CosineSimilarity.matrix(words).step(CosineSimilarity.MATRIX).value();
        for (int i = 0; i < 4; i++) {
            assertThat(s.get(i, i)).isEqualTo(1.0);
            for (int j = 0; j < 4; j++) {
                assertThat(s.get(i, j)).isCloseTo(s.get(j, i), within(EXACT)).isBetween(-1.0, 1.0 + EXACT);
            }
        }
        // a static embedding: the same word twice is the same vector
        assertThat(s.get(0, 2)).isCloseTo(1.0, within(EXACT));
        assertThat(s.get(0, 1)).isCloseTo(0.8798, within(STORED));
    }
}
