package dev.glassbox.ui.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LstmStateTest {

    @Test
    void a_state_survives_its_link() {
        LstmState state = new LstmState("The whale!", 5, "f", 3, "1", LstmState.TRAINED,
                new Folds(Set.of(LstmState.NUMBERS)), Answers.parse("closed-gate.f.k2,forget-zero.-0.25.x9"));
        Parsed<LstmState> parsed = LstmState.parse(state.toQuery(), 384, 0);
        assertThat(parsed.state()).isEqualTo(state);
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void a_new_sentence_keeps_the_step_only_if_it_still_exists() {
        LstmState state = new LstmState("Call me Ishmael.", 12, "c", 0, LstmState.TRAINED, LstmState.TRAINED,
                Folds.NONE, Answers.NONE);
        assertThat(state.withSentence("Call me Ishmael, the sailor.").step()).isEqualTo(12);
        assertThat(state.withSentence("Hi").step()).isEqualTo(1);
        assertThat(state.withStep(40).clamped().step()).isEqualTo(16);
    }

    @Test
    void a_bad_link_is_replaced_with_one_sentence_per_problem() {
        var parameters = com.vaadin.flow.router.QueryParameters.fromString("s=Hi&t=99&gate=zz&unit=-4&open=nope");
        Parsed<LstmState> parsed = LstmState.parse(parameters, 384, 7);
        assertThat(parsed.state().gate()).isEqualTo("c");
        assertThat(parsed.state().unit()).isEqualTo(7);
        assertThat(parsed.state().folds()).isEqualTo(Folds.NONE);
        assertThat(parsed.problems()).hasSize(2);
    }
}
