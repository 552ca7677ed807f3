package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.text.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberListTest {

    @Test
    void commas_spaces_semicolons_and_new_lines_all_separate() {
        assertThat(NumberList.parse("3, 5,7\n 9\t-1.5 ;2e3 .5 −4")).containsExactly(3, 5, 7, 9, -1.5, 2000, 0.5, -4);
    }

    @Test
    void two_columns_make_two_groups_which_may_differ_in_size() {
        double[][] g = NumberList.parseColumns("72, 31\n85 38\n\n64;27\n90");
        assertThat(g[0]).containsExactly(72, 85, 64, 90);
        assertThat(g[1]).containsExactly(31, 38, 27);
    }

    @Test
    void a_line_of_separators_only_is_skipped_like_an_empty_line() {
        // Found by NumberListFuzzTest: the line ",," used to end in an IndexOutOfBoundsException.
        double[][] g = NumberList.parseColumns("0\t70\t\n7\n,,");
        assertThat(g[0]).containsExactly(0, 7);
        assertThat(g[1]).containsExactly(70);
    }

    @Test
    void a_problem_is_said_in_the_language_asked_for_and_the_learners_word_comes_out_as_typed() {
        LessonText es = LessonText.of("zscores", Language.SPANISH);
        assertThatThrownBy(() -> NumberList.parse("1, do*s, 3", Language.SPANISH))
                .hasMessage(es.plain("error-not-number", Map.of("word", "do*s")))
                .hasMessageStartingWith("«do*s» no es un número");
        assertThatThrownBy(() -> NumberList.parseColumns("1 2\n3 x", Language.SPANISH))
                .hasMessageStartingWith("«x» (línea 2)");
        // English stays as the API has always said it.
        assertThatThrownBy(() -> NumberList.parse("1, do*s, 3")).hasMessageStartingWith("“do*s” is not a number");
    }

    @Test
    void every_problem_gets_one_sentence() {
        assertThatThrownBy(() -> NumberList.parse("1, two, 3")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("“two” is not a number");
        assertThatThrownBy(() -> NumberList.parse("1 NaN")).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> NumberList.parse("1 Infinity")).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> NumberList.parse("1 1e309")).hasMessageContaining("“1e309” is too large");
        assertThatThrownBy(() -> NumberList.parse("0x10 1")).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> NumberList.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> NumberList.parse("1 ".repeat(100_000)))
                .hasMessageContaining("at most " + NumberList.MAX_CHARACTERS + " characters");
        assertThatThrownBy(() -> NumberList.parse("1,".repeat(1001))).hasMessage(
                "The list has 1001 values; Glassbox reads at most 1000, so please use fewer.");
        assertThat(NumberList.parse("1,".repeat(1000))).hasSize(1000);
        assertThatThrownBy(() -> NumberList.parseColumns("1 2 3\n4 5")).hasMessageStartingWith("Line 1 has 3 numbers");
        assertThatThrownBy(() -> NumberList.parseColumns("1\n2\n3")).hasMessageContaining("Only one column");
        assertThatThrownBy(() -> NumberList.parseColumns("1 2\n3 x")).hasMessageContaining("(line 2)");
        assertThatThrownBy(() -> NumberList.parseOne("abc", "the mean μ"))
                .hasMessage("The mean μ must be a number such as 2.5, but it is “abc”.");
        assertThat(NumberList.parseOne(" 1.0E-5 ", "x")).isEqualTo(1e-5);
    }

    @Test
    void a_long_bad_word_is_shortened_in_the_sentence() {
        assertThatThrownBy(() -> NumberList.parse("x".repeat(500))).hasMessageStartingWith("“" + "x".repeat(19) + "…”");
    }
}
