package dev.glassbox.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalStateTest {

    @Test
    void every_field_survives_the_link_round_trip() {
        NormalState state = new NormalState("Une phrase — avec des accents.", -2.5, 0.125, -3.75, 1e-3, 0.025,
                "1, 2\n3.5 -4", "exponential", 30, 2000, 123_456_789, new Folds(Set.of(NormalState.FORMULA,
                        NormalState.QQ_GUIDE)), Answers.parse("area.0.7.k2,half.yes.x9"));
        Parsed<NormalState> parsed = NormalState.parse(QueryParameters.fromString(state.toQuery().getQueryString()));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.state()).isEqualTo(state);
        assertThat(NormalState.parse(NormalState.initial("Hi.").toQuery()).state()).isEqualTo(NormalState.initial("Hi."));
    }

    @Test
    void values_beyond_what_can_be_drawn_fall_back_with_the_limit_in_the_sentence() {
        Parsed<NormalState> parsed = NormalState.parse(QueryParameters.simple(Map.of("mu", "1e100", "a", "2", "b", "1",
                "p", "1", "seed", "-5", "k", "10000000")));
        assertThat(parsed.state().mu()).isZero();
        assertThat(parsed.state().sigma()).isEqualTo(1);
        assertThat(parsed.state().a()).isEqualTo(-1);
        assertThat(parsed.state().b()).isEqualTo(1);
        assertThat(parsed.state().p()).isEqualTo(0.975);
        assertThat(parsed.state().seed()).isEqualTo(1);
        assertThat(parsed.state().samples()).isEqualTo(1000);
        assertThat(String.join(" ", parsed.problems())).contains("between −100,000 and 100,000")
                .contains("seed must be a whole number from 0 to 999999999")
                .contains("number of samples must be a whole number from 1 to 5000")
                .contains("probability p must be strictly between 0 and 1");
        // The state the view shows can always be drawn.
        parsed.state().validate();
    }
}
