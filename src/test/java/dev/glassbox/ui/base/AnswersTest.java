package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static final Prediction COUNT = Prediction.number("wp-count", "How many tokens?", 4, 0, "4", "Because.");
    private static final Prediction SIGN = Prediction.yesNo("pe-sign", "Positive?", true, "Because.");

    @Test
    void answers_survive_a_link() {
        Answers answers = Answers.NONE.with(COUNT, "3").with(SIGN, "yes");
        String href = Query.href("tokens", Query.of(Query.SENTENCE, "Hi there", Answers.PARAMETER, answers.parameter()));
        // The parameter's shape, by hand: id.value.fingerprint, comma-separated, ids in order.
        assertThat(answers.parameter()).isEqualTo("pe-sign.yes." + SIGN.fingerprint() + ",wp-count.3." + COUNT.fingerprint());
        Answers back = Answers.parse(new Query(QueryParameters.fromString(href.substring(href.indexOf('?') + 1))));
        assertThat(back).isEqualTo(answers);
        assertThat(back.of(COUNT)).contains("3");
        assertThat(back.of(SIGN)).contains("yes");
    }

    @Test
    void a_number_with_a_point_and_a_sign_is_kept() {
        Prediction share = Prediction.number("share", "?", -0.25, 0.1, "−0.25", ".");
        Answers answers = Answers.parse(Answers.NONE.with(share, "-0.3").parameter());
        assertThat(answers.of(share)).contains("-0.3");
    }

    @Test
    void an_answer_to_a_changed_question_no_longer_counts() {
        Answers answers = Answers.NONE.with(COUNT, "4");
        Prediction newSentence = Prediction.number("wp-count", "How many tokens?", 6, 0, "6", "Because.");
        assertThat(answers.of(newSentence)).isEmpty();
        assertThat(answers.of(SIGN)).isEmpty();
    }

    @Test
    void no_answer_leaves_the_parameter_out() {
        assertThat(Answers.NONE.parameter()).isNull();
        assertThat(Answers.parse("")).isEqualTo(Answers.NONE);
    }

    @Test
    void malformed_entries_are_ignored() {
        for (String bad : List.of("x", "x.", ".3.abc", "x.3", "x.3.", "X.3.abc", "x.<b>.abc", "x.3.ABC!", ",,,")) {
            assertThat(Answers.parse(bad).entries()).as(bad).isEmpty();
        }
        assertThat(Answers.parse("bad,wp-count.4." + COUNT.fingerprint()).of(COUNT)).contains("4");
    }

    @Test
    void a_later_answer_replaces_an_earlier_one() {
        assertThat(Answers.NONE.with(COUNT, "3").with(COUNT, "4").of(COUNT)).contains("4");
    }
}
