package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the lesson says about missing words is checked against the file itself. */
class MissingWordTest {

    @Test
    void the_word_list_has_no_one_letter_words_and_no_numbers() {
        GloveVectors glove = TestGlove.VECTORS;
        for (int r = 0; r < glove.size(); r++) {
            String w = glove.word(r);
            assertThat(MissingWord.of(w)).as("row %d, “%s”", r, w).isEqualTo(MissingWord.RARE);
        }
        for (String w : List.of("a", "i", "x", "1", "1990", "3.5", "1,000")) {
            assertThat(glove.find(w)).as(w).isEmpty();
        }
    }

    @Test
    void each_missing_word_gets_its_reason() {
        assertThat(MissingWord.of("i")).isEqualTo(MissingWord.ONE_CHARACTER);
        assertThat(MissingWord.of("7")).isEqualTo(MissingWord.ONE_CHARACTER);
        assertThat(MissingWord.of("1990")).isEqualTo(MissingWord.NUMBER);
        assertThat(MissingWord.of("1,000")).isEqualTo(MissingWord.NUMBER);
        assertThat(MissingWord.of("h1n1")).isEqualTo(MissingWord.RARE);
        assertThat(MissingWord.of("glassboxification")).isEqualTo(MissingWord.RARE);
        assertThat(MissingWord.of(".")).isEqualTo(MissingWord.RARE);
        assertThat(MissingWord.ONE_CHARACTER.sentence(List.of("i", "a"), 50_000))
                .startsWith("“i” and “a” have no vector here: ").contains("single letter or digit");
        assertThat(MissingWord.RARE.sentence(List.of("zqx"), 50_000))
                .isEqualTo("“zqx” is not one of the 50,000 most frequent GloVe words, so it has no vector here.");
    }

    @Test
    void a_sentence_groups_its_missing_words_by_reason() {
        SentenceVectors.Result sv = SentenceVectors.of(TestGlove.VECTORS, "I have a dog and 2 cats, 1990 zqxjv");
        assertThat(sv.unknownByReason()).containsOnlyKeys(MissingWord.ONE_CHARACTER, MissingWord.NUMBER, MissingWord.RARE);
        assertThat(sv.unknownByReason().get(MissingWord.ONE_CHARACTER)).containsExactly("i", "a", "2");
        assertThat(sv.unknownByReason().get(MissingWord.NUMBER)).containsExactly("1990");
        assertThatUnknownMessageSaysWhy();
    }

    private static void assertThatUnknownMessageSaysWhy() {
        assertThat(new UnknownWordException("i", 50_000).getMessage()).contains("single letter or digit");
    }
}
