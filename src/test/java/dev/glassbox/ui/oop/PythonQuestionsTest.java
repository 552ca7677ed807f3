package dev.glassbox.ui.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.ui.base.Prediction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Python lessons' questions: built from what the example prints, checked against CPython where installed. */
class PythonQuestionsTest {

    /** Runs {@code code} in CPython 3 ({@code python3}, isolated mode); null when it is not installed. */
    private static String cpython(String code) throws IOException, InterruptedException {
        Path file = Files.createTempFile("example", ".py");
        try {
            Files.writeString(file, code);
            Process p = new ProcessBuilder("python3", "-I", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void printed_lines_are_counted_as_python_counts_them() {
        // By hand: three lines; a final line break adds none; an empty line in the middle counts.
        assertThat(PythonQuestions.lines("a\n\nb\n")).containsExactly("a", "", "b");
        assertThat(PythonQuestions.lines("a\r\nb")).containsExactly("a", "b");
        assertThat(PythonQuestions.lines("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"objects", "encapsulation", "abstraction", "inheritance"})
    void each_example_asks_for_its_line_count_and_one_line_of_its_real_output(String slug) throws Exception {
        PythonLesson lesson = PythonLessons.load(slug);
        String out = cpython(lesson.example());
        assumeTrue(out != null, "python3 is not installed");
        // Independent: CPython itself counts the lines of that output with str.splitlines().
        String counted = cpython("print(len(" + pythonString(out) + ".splitlines()))").strip();
        List<Prediction> questions = PythonQuestions.of(lesson, out);
        assertThat(questions).extracting(Prediction::id).containsExactly(PythonQuestions.LINES, PythonQuestions.LINE);
        assertThat(questions.get(0).truth()).isEqualTo(Double.parseDouble(counted));
        int k = PythonQuestions.ASKED_LINE.get(slug);
        String line = out.split("\n")[k - 1];
        assertThat(questions.get(1).answer()).isEqualTo(line);
        assertThat(questions.get(1).judge(line.toUpperCase())).isEqualTo(new Prediction.Verdict.Judged(true, "“" + line.toUpperCase() + "”"));
        assertThat(questions.get(1).prompt()).isEqualTo("What will line " + k + " of its output say?");
    }

    @Test
    void an_example_that_prints_too_little_asks_only_for_the_count() {
        assertThat(PythonQuestions.of(PythonLessons.OBJECTS, "one line\n")).extracting(Prediction::id)
                .containsExactly(PythonQuestions.LINES);
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    @Test
    void the_lesson_builder_lists_these_questions_in_page_order() {
        assertThat(dev.glassbox.model.lesson.ViewQuestions.of("python/objects"))
                .extracting(dev.glassbox.model.lesson.ViewQuestions.Entry::id).containsExactly(PythonQuestions.LINES, PythonQuestions.LINE);
    }

    @Test
    void a_printed_line_with_the_lesson_files_marks_is_quoted_as_it_was_printed() {
        // The lesson files read *, `, $ and [ as marks; a line of output is the learner's text and keeps them.
        String out = "a\nb\n2 * 3 = `6` costs $5 [x]\n";
        List<Prediction> questions = PythonQuestions.of(PythonLessons.OBJECTS, out);
        assertThat(questions.get(1).why()).isEqualTo("Line 3 of the 3 lines the example printed in your browser is "
                + "“2 * 3 = `6` costs $5 [x]”.");
        assertThat(questions.get(0).why()).endsWith("from “a” to “2 * 3 = `6` costs $5 [x]”.");
    }
}
