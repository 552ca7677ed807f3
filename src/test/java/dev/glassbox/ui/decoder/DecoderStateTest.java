package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decoder lesson's link: what it writes it reads back exactly, and a wrong value falls back with a sentence. */
class DecoderStateTest {

    private static final int LAYERS = 4, HEADS = 4;

    @Test
    void every_box_layer_head_and_fold_survives_the_link() {
        for (DecoderFlow box : DecoderFlow.values()) {
            DecoderState state = new DecoderState("A “quoted” text & 50% more? #4 🐋", 3, 2, box.id(),
                    new Folds(Set.of(DecoderState.FOLD_ALL, DecoderState.FOLD_TRAINING)),
                    Answers.parse("mask-above.none.abc12,next-first.c5.x9"));
            Parsed<DecoderState> parsed = DecoderState.parse(state.toQuery(), LAYERS, HEADS);
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.state()).isEqualTo(state);
        }
    }

    @Test
    void the_link_carries_exactly_the_state() {
        DecoderState state = DecoderState.of("Call me Ishmael.").withLayer(1).withHead(2);
        assertThat(QueryParameters.fromString(state.toQuery().getQueryString()).getParameters()).isEqualTo(Map.of(
                "s", List.of("Call me Ishmael."), "layer", List.of("1"), "head", List.of("2"), "box", List.of("embeddings")));
        assertThat(state.withFold(DecoderState.FOLD_TRAINING, true).withFold(DecoderState.FOLD_ALL, true).toQuery()
                .getSingleParameter("open")).contains("all,training");
    }

    @Test
    void a_link_without_parameters_gives_the_defaults() {
        Parsed<DecoderState> parsed = DecoderState.parse(QueryParameters.empty(), LAYERS, HEADS);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.state().layer()).isZero();
        assertThat(parsed.state().head()).isZero();
        assertThat(parsed.state().box()).isEqualTo(DecoderFlow.EMBEDDINGS.id());
        assertThat(parsed.state().folds()).isEqualTo(Folds.NONE);
    }

    @Test
    void wrong_values_fall_back_with_one_sentence_each() {
        Parsed<DecoderState> parsed = DecoderState.parse(
                QueryParameters.fromString("s=Hi&layer=4&head=-1&box=nonsense&open=nope,all"), LAYERS, HEADS);
        assertThat(parsed.state()).isEqualTo(new DecoderState("Hi", 0, 0, DecoderFlow.EMBEDDINGS.id(),
                new Folds(Set.of(DecoderState.FOLD_ALL)), Answers.NONE));
        assertThat(parsed.problems()).hasSize(3);
        assertThat(parsed.problems().get(0)).contains("layer").contains("0 to 3");
    }

    @Test
    void a_new_text_keeps_layer_head_box_folds_and_answers() {
        Answers answers = Answers.parse("next-first.c5.x9");
        DecoderState state = new DecoderState("Hi", 2, 3, DecoderFlow.ATTENTION.id(), new Folds(Set.of(DecoderState.FOLD_ALL)),
                answers);
        assertThat(state.withSentence("Ho")).isEqualTo(new DecoderState("Ho", 2, 3, DecoderFlow.ATTENTION.id(),
                new Folds(Set.of(DecoderState.FOLD_ALL)), answers));
    }
}
