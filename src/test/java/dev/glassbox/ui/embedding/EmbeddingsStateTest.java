package dev.glassbox.ui.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lesson's link codec: what it writes, it reads back the same; what a link gets wrong, it says. */
class EmbeddingsStateTest {

    @Test
    void every_field_survives_a_round_trip_through_the_link() {
        EmbeddingsState state = new EmbeddingsState("Cats & dogs? 100% “yes”", "dogs", 4, "paris", "france", "japan",
                new EmbeddingsState.Context("bank", "a bank", "the bank", "river bank"),
                new Folds(Set.of(EmbeddingsState.STEPS, EmbeddingsState.ONE_HOT)));
        QueryParameters query = QueryParameters.fromString(state.toQuery().getQueryString());
        Parsed<EmbeddingsState> back = EmbeddingsState.parse(query);
        assertThat(back.state()).isEqualTo(state);
        assertThat(back.problems()).isEmpty();
    }

    @Test
    void the_default_state_leaves_the_word_and_the_folds_out_of_the_link() {
        EmbeddingsState state = EmbeddingsState.of("The cat.");
        Map<String, List<String>> p = state.toQuery().getParameters();
        assertThat(p).doesNotContainKeys(EmbeddingsState.WORD, Folds.PARAMETER);
        assertThat(EmbeddingsState.parse(state.toQuery()).state()).isEqualTo(state);
    }

    @Test
    void a_wrong_k_and_unknown_folds_fall_back_with_one_sentence() {
        Parsed<EmbeddingsState> p = EmbeddingsState.parse(QueryParameters.fromString("s=Hi&k=1e999&open=steps,nonsense"));
        assertThat(p.state().k()).isEqualTo(EmbeddingsState.DEFAULT_K);
        assertThat(p.state().folds().open()).containsExactly(EmbeddingsState.STEPS);
        assertThat(p.problems()).singleElement().asString().contains("number of neighbours must be a whole number from 1 to 100");
    }

    @Test
    void a_new_sentence_forgets_the_word_chosen_in_the_old_one() {
        EmbeddingsState state = EmbeddingsState.of("The cat sat").withWord("cat").withK(3);
        EmbeddingsState next = state.withSentence("A dog");
        assertThat(next.word()).isNull();
        assertThat(next.k()).isEqualTo(3);
    }
}
