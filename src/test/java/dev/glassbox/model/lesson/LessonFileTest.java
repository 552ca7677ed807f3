package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonFileTest {

    @Test
    void a_lesson_comes_back_from_its_file_exactly() {
        Lesson lesson = LessonLinkTest.tenSteps();
        LessonLink.Reading r = LessonFile.read(LessonFile.write(lesson));
        assertThat(r.problem()).isEmpty();
        assertThat(r.lesson()).isEqualTo(lesson);
    }

    @Test
    void the_file_is_readable_json_a_teacher_can_edit() {
        String json = LessonFile.write(new Lesson("T", List.of(new LessonStep("/attention?s=Hi", "A", "*n*",
                new StepQuestion.FromView("it-attends"), List.of("layer"), List.of("head")))));
        assertThat(json).contains("\"format\" : \"glassbox-lesson\"", "\"version\" : 1", "\"view\" : \"/attention?s=Hi\"",
                "\"question\" : {", "\"view\" : \"it-attends\"", "\"hide\" : [ \"layer\" ]", "\"lock\" : [ \"head\" ]");
    }

    @Test
    void a_bad_step_is_named_and_the_others_kept() {
        String json = """
                {"format": "glassbox-lesson", "version": 1, "title": "T", "steps": [
                  {"view": "/normal", "title": "one"},
                  {"view": "https://elsewhere.example/", "title": "two"},
                  {"view": "/zscores", "title": "three", "question": {"prompt": "?", "choices": ["a"], "correct": 0}},
                  {"view": "/lstm", "title": "four", "hide": ["<b>"]},
                  {"view": "/tokens", "title": "five"}]}""";
        LessonLink.Reading r = LessonFile.read(json);
        assertThat(r.lesson().steps()).extracting(LessonStep::title).containsExactly("one", "five");
        assertThat(r.problem()).contains("In this file steps 2, 3 and 4 could not be read (a lesson has at most 30 "
                + "steps, each with a view link); every other step is here.");
    }

    @Test
    void what_is_not_a_lesson_file_says_so_in_one_sentence() {
        assertThat(LessonFile.read("").problem()).contains("This file is empty.");
        assertThat(LessonFile.read("{").problem()).contains("This file is not a Glassbox lesson: it is not valid JSON.");
        assertThat(LessonFile.read("[1]").problem()).contains(
                "This file is not a Glassbox lesson: it has no \"format\": \"glassbox-lesson\".");
        assertThat(LessonFile.read("{\"format\": \"glassbox-lesson\", \"version\": 3}").problem()).contains(
                "This lesson file was made by a newer version of Glassbox (format 3); this version reads format 1 files.");
        assertThat(LessonFile.read("x".repeat(LessonFile.MAX_CHARACTERS + 1)).problem().get()).startsWith(
                "This file is too long");
    }

    @Test
    void a_problem_is_said_in_the_language_asked_for() {
        String json = """
                {"format": "glassbox-lesson", "version": 1, "title": "T", "steps": [
                  {"view": "/normal", "title": "one"},
                  {"view": "https://elsewhere.example/", "title": "two"},
                  {"view": "/zscores", "title": "three", "question": {"prompt": "?", "choices": ["a"], "correct": 0}},
                  {"view": "/tokens", "title": "five"}]}""";
        // lessons/class/text.es.md, file-bad-steps and list-and: "2 y 3", not "2 and 3".
        assertThat(LessonFile.read(json, Language.SPANISH).problem()).contains("En este archivo no se pudieron leer los "
                + "pasos 2 y 3 (una lección tiene como máximo 30 pasos, cada uno con un enlace a una página); todos los "
                + "demás pasos están aquí.");
        assertThat(LessonFile.read("", Language.SPANISH).problem()).contains("Este archivo está vacío.");
        // Digit grouping of the language: 200,000 in English, 200.000 in Spanish (MAX_CHARACTERS written by hand).
        assertThat(LessonFile.read("x".repeat(LessonFile.MAX_CHARACTERS + 1), Language.SPANISH).problem().get())
                .contains(String.valueOf(LessonFile.MAX_CHARACTERS).replaceAll("(\\d)(?=(\\d{3})+$)", "$1."));
        // The API and the English page are unchanged.
        assertThat(LessonFile.read("").problem()).contains("This file is empty.");
    }

    @Test
    void the_questions_of_a_view_are_worded_in_the_language_asked_for_with_the_same_ids() {
        assertThat(ViewQuestions.of("zscores", Language.SPANISH)).extracting(ViewQuestions.Entry::id)
                .isEqualTo(ViewQuestions.of("zscores").stream().map(ViewQuestions.Entry::id).toList());
        assertThat(ViewQuestions.prompt("zscores", "above-one", Language.SPANISH))
                .contains("¿La puntuación z de tu valor más alto es mayor que 1?");
        assertThat(ViewQuestions.prompt("zscores", "above-one", Language.ENGLISH))
                .contains("Is your highest value's z-score above 1?");
        assertThat(ViewQuestions.prompt("attention", "attn-cls", Language.ENGLISH))
                .contains("What share of the query token's attention goes to [CLS]?");
        assertThat(ViewQuestions.prompt("zscores", "attn-cls", Language.ENGLISH)).isEmpty();
    }

    @Test
    void a_damaged_link_lists_what_it_lost_in_the_language_asked_for() {
        String link = LessonLink.encode(LessonLinkTest.tenSteps());
        String[] parts = link.split("\\.");
        String cut = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 2));
        assertThat(LessonLink.decode(cut).problem()).contains("This lesson link is damaged or cut short: steps 9 and 10 "
                + "of 10 could not be read; every other step is here.");
        assertThat(LessonLink.decode(cut, Language.SPANISH).problem()).contains("Este enlace de lección está dañado o "
                + "cortado: no se pudo leer lo siguiente: los pasos 9 y 10 de 10; todos los demás pasos están aquí.");
    }
}
