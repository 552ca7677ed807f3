package dev.glassbox.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZScoresStateTest {

    private static Parsed<ZScoresState> read(QueryParameters q) {
        return ZScoresState.parse(q);
    }

    @Test
    void every_field_survives_the_link_round_trip() {
        ZScoresState state = new ZScoresState("Ein Satz, mit “Zeichen” & mehr?", "75, 40\n80, 35", 2, SdKind.SAMPLE, "85",
                "-3.5", 7, new Folds(Set.of(ZScoresState.STEPS, ZScoresState.LAYER_NORM_STEPS)),
                Answers.parse("above-one.yes.k2,percentile.3.5.x9"));
        // Through the query string as text, as a shared link carries it.
        QueryParameters link = QueryParameters.fromString(state.toQuery().getQueryString());
        Parsed<ZScoresState> parsed = read(link);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.state()).isEqualTo(state);
        assertThat(state.toQuery().getQueryString()).contains("open=layernorm-steps%2Csteps");
    }

    @Test
    void the_defaults_leave_empty_parameters_out_and_read_back_the_same() {
        ZScoresState initial = ZScoresState.initial("Hello there.");
        assertThat(initial.toQuery().getParameters()).doesNotContainKeys(ZScoresState.SCORE_A, ZScoresState.SCORE_B,
                Folds.PARAMETER);
        assertThat(read(initial.toQuery()).state()).isEqualTo(initial);
    }

    @Test
    void a_wrong_link_falls_back_with_one_sentence_each_and_a_new_sentence_resets_the_token() {
        Parsed<ZScoresState> parsed = read(QueryParameters.simple(Map.of("g", "3", "sd", "both", "tok", "-1",
                "open", "steps,nonsense")));
        assertThat(parsed.state().groups()).isEqualTo(1);
        assertThat(parsed.state().sd()).isEqualTo(SdKind.POPULATION);
        assertThat(parsed.state().token()).isEqualTo(ZScoresState.DEFAULT_TOKEN);
        assertThat(parsed.state().folds().open()).containsExactly(ZScoresState.STEPS);
        assertThat(parsed.problems()).hasSize(3);
        // The chosen token belonged to the old sentence.
        assertThat(parsed.state().withToken(12).withSentence("Another one.").token()).isEqualTo(ZScoresState.DEFAULT_TOKEN);
    }
}
