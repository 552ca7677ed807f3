package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Value;
import org.junit.jupiter.api.Test;

/**
 * Expected answers from a float64 NumPy search over the first 50,000 words of the package JSON:
 * {@code t = E[king] - E[man] + E[woman]}, nearest by cosine with the three inputs left out
 * (queen 0.783441, monarch 0.69338, throne 0.683311; paris − france + italy: rome 0.8084).
 */
class AnalogyTest {

    static final double STORED = 1e-3;
    static final double EXACT = 1e-12;
    static final GloveVectors GLOVE = TestGlove.VECTORS;

    @Test
    void king_minus_man_plus_woman_is_queen() {
        Analogy.Result r = Analogy.solve(GLOVE, "King", "man", "woman", 5);
        assertThat(r.answer().word()).isEqualTo("queen");
        assertThat(r.answer().cosine()).isCloseTo(0.783441, within(STORED));
        assertThat(r.candidates().stream().map(NearestNeighbours.Neighbour::word).toList().subList(0, 3))
                .containsExactly("queen", "monarch", "throne");
        assertThat(r.candidates()).noneMatch(n -> n.word().equals("king") || n.word().equals("man") || n.word().equals("woman"));
        assertThat(Analogy.solve(GLOVE, "paris", "france", "italy", 3).answer().word()).isEqualTo("rome");
    }

    @Test
    void a_word_typed_twice_is_answered_not_thrown() {
        // king − king + king is t = v(king): the nearest other word is king's nearest neighbour, prince
        // (EmbeddingApiIT's neighbours of king, from the same NumPy search)
        Analogy.Result r = Analogy.solve(GLOVE, "king", "king", "king", 3);
        assertThat(r.answer().word()).isEqualTo("prince");
        assertThat(r.candidates()).noneMatch(n -> n.word().equals("king"));
        assertThat(Analogy.solve(GLOVE, "king", "man", "king", 3).candidates())
                .noneMatch(n -> n.word().equals("king") || n.word().equals("man"));
        assertThat(Analogy.words(GLOVE, "King", "man", "woman")).extracting(WordVector::word)
                .containsExactly("king", "man", "woman");
    }

    @Test
    void the_trace_shows_the_arithmetic_dimension_by_dimension() {
        Analogy.Result r = Analogy.solve(GLOVE, "king", "man", "woman", 5);
        Value.Table table = (Value.Table) r.trace().step(Analogy.TARGET).value();
        assertThat(table.rows()).hasSize(100);
        for (int j = 0; j < 100; j++) {
            double a = r.a().values()[j], b = r.b().values()[j], c = r.c().values()[j];
            assertThat((double) table.rows().get(j).get(5)).isCloseTo(a - b + c, within(EXACT));
            assertThat(r.target()[j]).isCloseTo(a - b + c, within(EXACT));
        }
        assertThat(r.trace().step(Analogy.ANSWER).equation()).contains("king − man + woman ≈ queen");
    }

    @Test
    void empty_and_unknown_fields_get_one_plain_sentence() {
        assertThatThrownBy(() -> Analogy.solve(GLOVE, "king", " ", "woman", 5)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Please fill in all three words of the analogy: the second one is empty.");
        assertThatThrownBy(() -> Analogy.solve(GLOVE, "king", "man", "wxqz", 5)).isInstanceOf(UnknownWordException.class);
    }
}
