package dev.glassbox.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LearnerTextTest {

    @Test
    void an_ordinary_sentence_passes_unchanged() {
        assertThat(LearnerText.require(LearnerText.DEFAULT_SENTENCE)).isEqualTo(LearnerText.DEFAULT_SENTENCE);
    }

    @Test
    void empty_and_blank_text_is_refused_with_a_sentence() {
        assertThatThrownBy(() -> LearnerText.require(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> LearnerText.require(" \t\n")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }

    @Test
    void the_limit_counts_characters_not_utf16_units() {
        String emoji500 = "😀".repeat(LearnerText.MAX_CHARACTERS);
        assertThat(LearnerText.require(emoji500)).hasSize(1000);
        assertThatThrownBy(() -> LearnerText.require("a".repeat(LearnerText.MAX_CHARACTERS + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("501 characters").hasMessageContaining("500");
        assertThatThrownBy(() -> LearnerText.require("x".repeat(10_000)))
                .hasMessage("The text has 10000 characters; Glassbox reads at most 500, so please shorten it.");
    }

    @Test
    void unpaired_surrogates_are_refused() {
        assertThatThrownBy(() -> LearnerText.require("bad \uD83D here")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken character");
        assertThatThrownBy(() -> LearnerText.require("\uDE00")).isInstanceOf(InvalidInputException.class);
    }
}
