package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredictionTest {

    private static final Prediction COUNT = Prediction.number("wp-count", "How many tokens?", 4, 0, "4", "Because.");
    private static final Prediction SHARE = Prediction.number("cls-share", "How much?", 0.4172, 0.05, "0.42", "Because.");
    private static final Prediction PICK = Prediction.choice("top", "Which?",
            List.of(new Prediction.Choice("t0", "the"), new Prediction.Choice("t1", "animal")), "t1", "Because.");

    @Test
    void a_choice_is_right_only_when_it_is_the_correct_key() {
        assertThat(PICK.judge("t1")).isEqualTo(new Prediction.Verdict.Judged(true, "animal"));
        assertThat(PICK.judge("t0")).isEqualTo(new Prediction.Verdict.Judged(false, "the"));
        assertThat(PICK.judge("")).isInstanceOf(Prediction.Verdict.Unreadable.class);
        assertThat(PICK.judge("t7")).isInstanceOf(Prediction.Verdict.Unreadable.class);
        assertThat(PICK.answer()).isEqualTo("animal");
    }

    @ParameterizedTest
    @CsvSource({"4,true", "4.0,true", "3,false", "5,false", "' 4 ',true"})
    void an_exact_number_must_match(String typed, boolean right) {
        assertThat(COUNT.judge(typed)).isEqualTo(new Prediction.Verdict.Judged(right, typed.strip().replace(".0", "")));
    }

    @ParameterizedTest
    // 0.4172 ± 0.05 is [0.3672, 0.4672]: both ends by hand.
    @CsvSource({"0.4,true", "'0,45',true", "0.3672,true", "0.4672,true", "0.36,false", "0.47,false", "−0.4,false"})
    void a_number_is_right_within_the_stated_tolerance(String typed, boolean right) {
        assertThat(SHARE.judge(typed)).isInstanceOfSatisfying(Prediction.Verdict.Judged.class,
                j -> assertThat(j.right()).isEqualTo(right));
    }

    @ParameterizedTest
    @CsvSource({"''", "abc", "1/2", "NaN", "Infinity", "1e999", "--1"})
    void text_that_is_not_a_number_gets_one_sentence(String typed) {
        assertThat(COUNT.judge(typed)).isInstanceOf(Prediction.Verdict.Unreadable.class);
    }

    @Test
    void numbers_are_read_as_learners_type_them() {
        assertThat(Prediction.parseNumber("−2")).contains(-2.0);
        assertThat(Prediction.parseNumber("0,25")).contains(0.25);
        assertThat(Prediction.parseNumber(".5")).contains(0.5);
        assertThat(Prediction.parseNumber("1e-3")).contains(0.001);
        assertThat(SHARE.canonicalAnswer("0,450")).isEqualTo("0.45");
        assertThat(COUNT.canonicalAnswer("4.0")).isEqualTo("4");
    }

    @Test
    void the_tolerance_is_stated() {
        assertThat(COUNT.toleranceText()).isEqualTo("A whole number, exactly.");
        assertThat(SHARE.toleranceText()).contains("±0.05");
    }

    @Test
    void the_fingerprint_changes_with_the_truth_or_the_choices_and_only_then() {
        assertThat(COUNT.fingerprint()).isEqualTo(Prediction.number("wp-count", "How many tokens?", 4, 0, "4", "Other words.").fingerprint());
        assertThat(COUNT.fingerprint()).isNotEqualTo(Prediction.number("wp-count", "How many tokens?", 5, 0, "5", "Because.").fingerprint());
        Prediction relabelled = Prediction.choice("top", "Which?",
                List.of(new Prediction.Choice("t0", "a"), new Prediction.Choice("t1", "animal")), "t1", "Because.");
        assertThat(PICK.fingerprint()).isNotEqualTo(relabelled.fingerprint()).matches("[a-z0-9]{1,5}");
    }

    @Test
    void the_fingerprint_is_the_same_in_every_language_and_changes_with_the_prompts_numbers() {
        Prediction english = Prediction.choice("above", "Is your highest value, 94, above 1.5?",
                List.of(Prediction.Choice.fixed("yes", "Yes"), Prediction.Choice.fixed("no", "No")), "yes", "Because.");
        Prediction spanish = Prediction.choice("above", "¿Tu valor más alto, 94, está por encima de 1,5?",
                List.of(Prediction.Choice.fixed("yes", "Sí"), Prediction.Choice.fixed("no", "No")), "yes", "Porque.");
        Prediction other = Prediction.choice("above", "Is your highest value, 95, above 1.5?",
                List.of(Prediction.Choice.fixed("yes", "Yes"), Prediction.Choice.fixed("no", "No")), "yes", "Because.");
        assertThat(spanish.fingerprint()).isEqualTo(english.fingerprint());
        assertThat(other.fingerprint()).isNotEqualTo(english.fingerprint());
    }

    @Test
    void a_malformed_question_is_refused() {
        assertThatThrownBy(() -> Prediction.choice("Top", "?", List.of(new Prediction.Choice("a", "A")), "a", "."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Prediction.choice("top", "?", List.of(new Prediction.Choice("a", "A")), "b", "."))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Prediction.Choice(Prediction.SHOWN, "Shown")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Prediction.number("n", "?", Double.NaN, 0, "", ".")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_line_of_text_is_right_up_to_capitals_spaces_and_punctuation() {
        Prediction line = Prediction.text("py-line", "What is line 3?", "Buddy is now 4", "It ran.");
        assertThat(line.judge("buddy is now 4!")).isEqualTo(new Prediction.Verdict.Judged(true, "“buddy is now 4!”"));
        assertThat(line.judge("Buddy is now 3")).isInstanceOfSatisfying(Prediction.Verdict.Judged.class,
                j -> assertThat(j.right()).isFalse());
        assertThat(line.judge("  ")).isInstanceOf(Prediction.Verdict.Unreadable.class);
        assertThat(line.isText()).isTrue();
        assertThat(line.isNumber()).isFalse();
        // Kept in a link as ~ and base64url: the learner's own text comes back, accents and all.
        String kept = line.canonicalAnswer(" Büddy & co ");
        assertThat(kept).startsWith("~").matches("~[A-Za-z0-9_-]+");
        assertThat(line.fromLink(kept)).isEqualTo("Büddy & co");
        assertThat(Answers.parse(Answers.NONE.with(line, kept).parameter()).of(line)).contains(kept);
    }
}
