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
}
