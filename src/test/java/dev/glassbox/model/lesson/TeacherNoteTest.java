package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeacherNoteTest {

    @Test
    void stars_mark_emphasis_and_strong_and_nothing_else_is_markup() {
        List<List<Inline>> p = TeacherNote.parse("Look at *it*, then **the street**. <b>x</b> & [a](b) `c`");
        assertThat(p).containsExactly(List.of(new Inline.Plain("Look at "), new Inline.Emphasis("it"),
                new Inline.Plain(", then "), new Inline.Strong("the street"),
                new Inline.Plain(". <b>x</b> & [a](b) `c`")));
    }

    @Test
    void a_blank_line_starts_a_paragraph_and_an_unmatched_star_stays_a_star() {
        assertThat(TeacherNote.parse("2 * 3 = 6\n\n  second *\r\n\r\nthird")).containsExactly(
                List.of(new Inline.Plain("2 * 3 = 6")), List.of(new Inline.Plain("second *")),
                List.of(new Inline.Plain("third")));
        assertThat(TeacherNote.parse("")).isEmpty();
        assertThat(TeacherNote.plain("a *b*\n\n**c**")).isEqualTo("a b\n\nc");
    }

    @Test
    void limits_are_kept_by_the_step_itself() {
        LessonStep s = LessonStep.of("/normal", "t".repeat(500), "n".repeat(5_000));
        assertThat(s.title()).hasSize(Lesson.MAX_TITLE);
        assertThat(s.note()).hasSize(LessonStep.MAX_NOTE);
        for (String bad : List.of("https://example.com", "//example.com", "/\\example.com", "javascript:alert(1)",
                "/a b", "/a#b", "")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LessonStep.of(bad, "t", "n"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
