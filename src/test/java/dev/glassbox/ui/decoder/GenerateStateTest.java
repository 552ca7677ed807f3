package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateStateTest {

    private static final int V = 75;

    /** What the router does with a link: Vaadin's own parser reads the query string back. */
    private static Parsed<GenerateState> follow(GenerateState state) {
        String href = Query.href("generate", state.toQuery());
        return GenerateState.parse(QueryParameters.fromString(href.substring(href.indexOf('?') + 1)), V);
    }

    @Test
    void a_state_survives_its_link() {
        GenerateState state = new GenerateState("Call me Ishmael. 🐋 & 100%", 0.85, 5, 0.9, -7_000_000_000L, 42, 120, 17,
                new Folds(Set.of(GenerateState.GREEDY)), Answers.parse("kept-count.7.ab12,temperature-two.less.x9"));
        Parsed<GenerateState> parsed = follow(state);
        assertThat(parsed.state()).isEqualTo(state);
        assertThat(parsed.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 0.3, 0.7, 1, 1.15, 2.5, 9.95, 10})
    void a_temperature_survives_its_link_exactly(double tau) {
        GenerateState state = GenerateState.of("Hi").withSampling(new Sampling(tau, 0, 1));
        assertThat(follow(state).state().temperature()).isEqualTo(tau);
    }

    @Test
    void numbers_are_written_as_briefly_as_they_read_back() {
        GenerateState state = GenerateState.of("Hi").withSampling(new Sampling(1, 0, 0.9));
        assertThat(Query.href("generate", state.toQuery())).contains("temperature=1&").contains("topP=0.9&");
    }

    @Test
    void a_link_without_settings_is_the_models_own_distribution_with_nothing_written() {
        Parsed<GenerateState> parsed = GenerateState.parse(QueryParameters.fromString("s=Hi"), V);
        assertThat(parsed.state()).isEqualTo(GenerateState.of("Hi"));
        assertThat(parsed.state().sampling()).isEqualTo(Sampling.PLAIN);
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void a_bad_link_falls_back_with_one_sentence_per_problem() {
        Parsed<GenerateState> parsed = GenerateState.parse(QueryParameters.fromString(
                "s=Hi&temperature=11&topK=76&topP=0&seed=x&steps=201&play=0&t=-1&open=nope"), V);
        assertThat(parsed.state()).isEqualTo(GenerateState.of("Hi"));
        assertThat(parsed.problems()).hasSize(7).allSatisfy(p -> assertThat(p).startsWith("The link's ").endsWith("."));
        assertThat(GenerateState.parse(QueryParameters.fromString("temperature=warm&topP=NaN"), V).problems())
                .containsExactly("The link's temperature must be a number from 0 to 10; showing 1 instead.",
                        "The link's top-p must be more than 0 and at most 1; showing 1 (off) instead.");
    }

    @Test
    void a_new_prompt_starts_a_new_text_and_new_settings_keep_its_length() {
        GenerateState state = new GenerateState("Call me", 1, 0, 1, 3, 30, 30, 12, Folds.NONE,
                Answers.parse("kept-count.7.ab12"));
        assertThat(state.withSentence("Ishmael").answers()).isEqualTo(state.answers());
        assertThat(state.withSentence("Ishmael").steps()).isZero();
        assertThat(state.withSentence("Ishmael").shown()).isZero();
        GenerateState greedy = state.withSampling(new Sampling(0, 0, 1));
        assertThat(greedy.steps()).isEqualTo(30);
        assertThat(greedy.shown()).isEqualTo(12);
        assertThat(greedy.seed()).isEqualTo(3);
    }

    @Test
    void the_shown_step_is_the_last_one_unless_the_link_chooses_another() {
        GenerateState state = GenerateState.of("Hi").withSteps(10);
        assertThat(state.shown()).isEqualTo(10);
        assertThat(state.withAt(4).shown()).isEqualTo(4);
        assertThat(state.withAt(10).at()).isZero(); // the last one stays "the last", so Step moves on with it
        assertThat(state.withAt(4).withSteps(11).shown()).isEqualTo(11);
        assertThat(new GenerateState("Hi", 1, 0, 1, 0, 5, 30, 9, Folds.NONE, Answers.NONE).shown()).isEqualTo(5);
    }
}
