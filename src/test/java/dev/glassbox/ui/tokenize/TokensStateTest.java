package dev.glassbox.ui.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tokens lesson's link codec, without a browser: what toQuery writes, parse reads back exactly. */
class TokensStateTest {

    private static TokensState roundTrip(TokensState state) {
        String link = state.toQuery().getQueryString();
        Parsed<TokensState> parsed = TokensState.parse(QueryParameters.fromString(link));
        assertThat(parsed.problems()).isEmpty();
        return parsed.state();
    }

    @Test
    void every_field_survives_the_link() {
        TokensState state = new TokensState("Sí, José & co. 100% ÷ 👨‍👩‍👧?", "bpe", 7, "jose", true,
                new Folds(Set.of(TokensState.LOOKUPS, TokensState.STEPS, TokensState.SIGNS)));
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void defaults_leave_the_link_short_and_come_back_as_defaults() {
        TokensState state = new TokensState("Hello world", "word");
        assertThat(state.toQuery().getQueryString()).isEqualTo("s=Hello%20world&t=word");
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void an_empty_link_is_the_default_sentence_and_the_word_tokenizer() {
        Parsed<TokensState> parsed = TokensState.parse(QueryParameters.empty());
        assertThat(parsed.state()).isEqualTo(new TokensState(LearnerText.DEFAULT_SENTENCE, "word"));
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void bad_values_fall_back_with_one_sentence_each_and_unknown_folds_are_ignored() {
        Parsed<TokensState> parsed = TokensState.parse(QueryParameters.fromString("s=Hi&t=nonsense&m=-3&ids=7&open=steps,bogus"));
        assertThat(parsed.state()).isEqualTo(new TokensState("Hi", "word", 0, null, false, new Folds(Set.of("steps"))));
        assertThat(parsed.problems()).hasSize(3);
    }

    @Test
    void a_new_sentence_resets_the_merge_step_and_word_but_keeps_folds_and_ids() {
        TokensState state = new TokensState("a b", "bpe", 3, "a", true, new Folds(Set.of(TokensState.STEPS)));
        assertThat(state.withSentence("c d")).isEqualTo(new TokensState("c d", "bpe", 0, null, true, state.folds()));
    }
}
