package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonTranslationsTest {

    private final LessonTranslations translations = new LessonTranslations();

    @Test
    void a_key_names_a_lesson_files_section_read_in_the_locales_language() {
        // Expected: the sections as written in lessons/layout/text.md, text.es.md and lessons/common/text.*.md.
        assertThat(translations.getTranslation("layout:skip", Locale.ENGLISH)).isEqualTo("Skip to the lesson");
        assertThat(translations.getTranslation("layout:skip", Locale.forLanguageTag("es-MX"))).isEqualTo("Saltar a la lección");
        assertThat(translations.getTranslation("common:text-long", Locale.ENGLISH, "n", 600, "max", 500))
                .isEqualTo("The text has 600 characters; Glassbox reads at most 500, so please shorten it.");
        assertThat(translations.getTranslation("common:text-long", Locale.forLanguageTag("es"), Map.of("n", 600, "max", 500)))
                .isEqualTo("El texto tiene 600 caracteres; Glassbox lee como máximo 500, así que acórtalo.");
        // A language without lessons is read in English.
        assertThat(translations.getTranslation("layout:skip", Locale.GERMAN)).isEqualTo("Skip to the lesson");
    }

    @Test
    void an_unknown_key_is_marked_not_an_error_and_the_offered_languages_are_english_and_spanish() {
        assertThat(translations.getTranslation("layout:nothing", Locale.ENGLISH)).isEqualTo("!layout:nothing");
        assertThat(translations.getTranslation("no-colon", Locale.ENGLISH)).isEqualTo("!no-colon");
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.forLanguageTag("en"), Locale.forLanguageTag("es"));
    }
}
