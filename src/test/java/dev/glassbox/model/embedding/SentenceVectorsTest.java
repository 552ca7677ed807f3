package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.model.text.InvalidInputException;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {

    static final GloveVectors GLOVE = TestGlove.VECTORS;

    @Test
    void words_are_lower_cased_punctuation_is_left_out_and_unknown_words_are_named() {
        SentenceVectors.Result r = SentenceVectors.of(GLOVE, "The animal didn't cross the street.");
        assertThat(r.entries()).extracting(SentenceVectors.Entry::word)
                .containsExactly("the", "animal", "didn't", "cross", "the", "street");
        assertThat(r.unknown()).containsExactly("didn't");
        assertThat(r.known()).hasSize(5);
        assertThat(r.distinct()).extracting(WordVector::word).containsExactly("the", "animal", "cross", "street");
        assertThat(r.trace().step(SentenceVectors.VECTORS).value().shape()).containsExactly(5, 100);
    }

    @Test
    void a_long_sentence_is_read_for_its_first_twenty_words() {
        SentenceVectors.Result r = SentenceVectors.of(GLOVE, "one two three four five six seven eight nine ten ".repeat(5));
        assertThat(r.entries()).hasSize(SentenceVectors.MAX_WORDS);
        assertThat(r.skipped()).isEqualTo(30);
    }

    @Test
    void bad_sentences_get_one_plain_sentence() {
        assertThatThrownBy(() -> SentenceVectors.of(GLOVE, "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SentenceVectors.of(GLOVE, "word ".repeat(1000))).hasMessageContaining("at most 500");
        SentenceVectors.Result hostile = SentenceVectors.of(GLOVE, "<script>alert(1)</script>");
        assertThat(hostile.entries()).extracting(SentenceVectors.Entry::word).containsExactly("script", "alert", "1", "script");
    }

    @Test
    void the_map_holds_the_sentence_words_and_three_neighbours_each() {
        SentenceVectors.Result r = SentenceVectors.of(GLOVE, "cat and dog");
        WordMap.Result map = WordMap.of(GLOVE, r.distinct());
        assertThat(map.points()).hasSize(3 + 3 * WordMap.NEIGHBOURS_PER_WORD);
        assertThat(map.points().subList(0, 3)).extracting(WordMap.Point::word).containsExactly("cat", "and", "dog");
        assertThat(map.points().get(3).neighbourOf()).isEqualTo("cat");
        assertThat(map.points()).extracting(WordMap.Point::word).doesNotHaveDuplicates();
    }
}
