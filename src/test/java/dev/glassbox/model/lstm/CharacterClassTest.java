package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterClassTest {

    @Test
    void a_character_is_classed_with_the_one_before_it() {
        assertThat(CharacterClass.of(null, "T")).isEqualTo(CharacterClass.FIRST_LETTER);
        assertThat(CharacterClass.of("T", "h")).isEqualTo(CharacterClass.LATER_LETTER);
        assertThat(CharacterClass.of("e", " ")).isEqualTo(CharacterClass.SPACE);
        assertThat(CharacterClass.of(" ", ",")).isEqualTo(CharacterClass.OTHER);
        assertThat(CharacterClass.of("\"", "x")).isEqualTo(CharacterClass.FIRST_LETTER);
        assertThat(CharacterClass.of("a", "7")).isEqualTo(CharacterClass.OTHER);
    }
}
