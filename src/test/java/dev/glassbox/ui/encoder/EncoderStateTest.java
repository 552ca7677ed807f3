package dev.glassbox.ui.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Parsed;
import org.junit.jupiter.api.Test;

/** The encoder lesson's link: what it writes it reads back exactly. */
class EncoderStateTest {

    @Test
    void every_box_and_layer_survives_the_link() {
        for (EncoderFlow box : EncoderFlow.values()) {
            EncoderState state = new EncoderState("A “quoted” sentence & more?", 4, box.id());
            Parsed<EncoderState> parsed = EncoderState.parse(state.toQuery());
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.state()).isEqualTo(state);
        }
    }

    @Test
    void wrong_values_fall_back_with_one_sentence_each() {
        Parsed<EncoderState> parsed = EncoderState.parse(QueryParameters.fromString("s=Hi&layer=17&box=nonsense"));
        assertThat(parsed.state()).isEqualTo(new EncoderState("Hi", 0, EncoderFlow.NORM_1.id()));
        assertThat(parsed.problems()).hasSize(2);
    }
}
