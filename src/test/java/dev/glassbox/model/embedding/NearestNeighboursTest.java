package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.text.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Expected neighbours were found by an exact float64 search in NumPy over the first 50,000 words of the package
 * JSON: {@code U = E / norm(E, axis=1); s = U @ (v / norm(v)); argsort(-s)}, the query word left out. Only ranks
 * whose cosines differ from the next by more than float16 rounding can move are asserted.
 */
class NearestNeighboursTest {

    static final double STORED = 1e-3;
    static final GloveVectors GLOVE = TestGlove.VECTORS;

    static List<String> words(String w, int k) {
        return NearestNeighbours.of(GLOVE, GLOVE.lookup(w), k).neighbours().stream().map(NearestNeighbours.Neighbour::word).toList();
    }

    @Test
    void neighbours_match_an_exact_search_of_the_source() {
        assertThat(words("king", 3)).containsExactly("prince", "queen", "son");
        assertThat(words("cat", 5)).containsExactly("dog", "rabbit", "cats", "monkey", "pet");
        assertThat(words("France", 5)).containsExactly("belgium", "french", "britain", "spain", "paris");
        assertThat(words("computer", 4)).containsExactly("computers", "software", "technology", "pc");
        assertThat(words("bank", 3)).containsExactly("banks", "banking", "credit");
    }

    @Test
    void cosines_are_the_real_ones_best_first_and_the_word_itself_is_left_out() {
        var result = NearestNeighbours.of(GLOVE, GLOVE.lookup("cat"), 10);
        assertThat(result.neighbours()).hasSize(10).noneMatch(n -> n.word().equals("cat"));
        assertThat(result.neighbours().get(0).cosine()).isCloseTo(0.879808, within(STORED));
        for (int i = 1; i < 10; i++) {
            assertThat(result.neighbours().get(i).cosine()).isLessThanOrEqualTo(result.neighbours().get(i - 1).cosine());
        }
        for (var n : result.neighbours()) {
            assertThat(n.cosine()).isEqualTo(CosineSimilarity.cosine(GLOVE.lookup("cat").values(), GLOVE.vector(n.rank()).values()));
        }
        assertThat(result.trace().step(NearestNeighbours.NEIGHBOURS).value().shape()).containsExactly(10, 3);
    }

    @Test
    void the_scan_agrees_with_a_plain_double_precision_search() {
        double[] q = GLOVE.lookup("river").values();
        double best = -2;
        String bestWord = null;
        for (int i = 0; i < GLOVE.size(); i++) {
            double c = CosineSimilarity.cosine(q, GLOVE.vector(i).values());
            if (!GLOVE.word(i).equals("river") && c > best) {
                best = c;
                bestWord = GLOVE.word(i);
            }
        }
        var top = NearestNeighbours.search(GLOVE, q, 1, Set.of(GLOVE.lookup("river").rank())).get(0);
        assertThat(top.word()).isEqualTo(bestWord);
        assertThat(top.cosine()).isEqualTo(best);
    }

    @Test
    void k_must_be_from_one_to_one_hundred() {
        assertThatThrownBy(() -> NearestNeighbours.of(GLOVE, GLOVE.lookup("cat"), 0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The number of neighbours must be a whole number from 1 to 100.");
        assertThatThrownBy(() -> NearestNeighbours.of(GLOVE, GLOVE.lookup("cat"), 101)).isInstanceOf(InvalidInputException.class);
        assertThat(NearestNeighbours.of(GLOVE, GLOVE.lookup("cat"), 100).neighbours()).hasSize(100);
    }
}
