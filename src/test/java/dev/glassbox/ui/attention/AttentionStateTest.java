package dev.glassbox.ui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attention lesson's link: what it writes it reads back exactly, and what a link gets wrong is named. */
class AttentionStateTest {

    private static AttentionState roundTrip(AttentionState state) {
        Parsed<AttentionState> parsed = AttentionState.parse(state.toQuery());
        assertThat(parsed.problems()).isEmpty();
        return parsed.state();
    }

    @Test
    void every_field_survives_the_link() {
        AttentionState state = new AttentionState("Ça & co: 100% “quoted”? #1", 3, 7, 9, AttentionState.LINES, false,
                new Folds(Set.of(AttentionState.FOLD_QUERY, AttentionState.FOLD_PAIRS)));
        assertThat(roundTrip(state)).isEqualTo(state);
        AttentionState tiny = AttentionState.of("The cat sat.").withTiny(true).withView(AttentionState.MODEL);
        assertThat(roundTrip(tiny)).isEqualTo(tiny);
    }

    @Test
    void the_defaults_leave_the_link_short() {
        AttentionState state = AttentionState.of("Hi");
        assertThat(state.toQuery().getParameters()).containsOnlyKeys("s", "layer", "head", "view");
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void a_new_sentence_drops_the_query_token_that_pointed_into_the_old_one() {
        AttentionState state = AttentionState.of("The cat sat on the mat.").withQuery(5).withLayerAndHead(2, 4);
        AttentionState next = state.withSentence("Hi");
        assertThat(next.query()).isEqualTo(-1);
        assertThat(next.layer()).isEqualTo(2);
        assertThat(next.head()).isEqualTo(4);
    }

    @Test
    void wrong_values_fall_back_with_one_sentence_each() {
        Parsed<AttentionState> parsed = AttentionState.parse(QueryParameters.fromString(
                "s=Hi&layer=9&head=x&q=-3&view=pie&tiny=2&open=query,nonsense"));
        assertThat(parsed.state()).isEqualTo(new AttentionState("Hi", 0, 0, -1, AttentionState.HEATMAP, false,
                new Folds(Set.of(AttentionState.FOLD_QUERY))));
        assertThat(parsed.problems()).hasSize(5);
    }
}
