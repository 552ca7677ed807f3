package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import org.junit.jupiter.api.Test;

class LessonValuesTest {

    @Test
    void a_learners_word_with_markup_characters_comes_out_exactly_as_typed() {
        String word = "$27.50 *bold* `code` [x](y) back\\slash";
        for (Language language : Language.values()) {
            String sentence = LessonText.of("tokens", language).plain("search-figure", LessonValues.of("word", word));
            assertThat(sentence).as(language.tag()).contains(word);
        }
    }

    @Test
    void a_line_break_in_a_value_does_not_start_a_new_paragraph() {
        assertThat(LessonText.of("tokens", Language.ENGLISH).plain("search-figure", LessonValues.of("word", "a\n\nb")))
                .isEqualTo("The pieces of \"a b\".");
    }
}
