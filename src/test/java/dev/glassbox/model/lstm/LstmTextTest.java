package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.Language;
import org.junit.jupiter.api.Test;

class LstmTextTest {

    @Test
    void a_learners_character_is_shown_as_it_is_even_when_it_is_markup_in_a_lesson_file() {
        for (String c : new String[] {"*", "$", "`", "[", "\\", "**", "_"}) {
            assertThat(LstmText.plain(Language.ENGLISH, "character-quoted", "character", c)).isEqualTo("“" + c + "”");
            assertThat(LstmText.plain(Language.SPANISH, "character-quoted", "character", c)).isEqualTo("«" + c + "»");
        }
    }

    @Test
    void numbers_fill_placeholders_and_every_gate_has_a_name_in_both_languages() {
        assertThat(LstmText.plain(Language.SPANISH, "unit-label", "unit", 17)).isEqualTo("unidad 17");
        for (Gate gate : Gate.values()) {
            assertThat(gate.title(Language.ENGLISH)).isEqualTo(gate.title());
            assertThat(gate.title(Language.SPANISH)).isNotBlank().isNotEqualTo(gate.title());
        }
        assertThat(CharacterClass.SPACE.description(Language.SPANISH)).isEqualTo("un espacio");
    }
}
