package dev.glassbox.ui.position;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.ui.base.Parsed;
import org.junit.jupiter.api.Test;

/** The positions lesson's link: what it writes it reads back exactly. */
class PositionsStateTest {

    @Test
    void every_choice_survives_the_link() {
        for (String n : PositionsState.POSITION_CHOICES) {
            for (String d : PositionsState.DIMENSION_CHOICES) {
                PositionsState state = new PositionsState("Ünïcode & co?", Integer.parseInt(n), Integer.parseInt(d));
                Parsed<PositionsState> parsed = PositionsState.parse(state.toQuery());
                assertThat(parsed.problems()).isEmpty();
                assertThat(parsed.state()).isEqualTo(state);
            }
        }
    }

    @Test
    void wrong_values_fall_back_with_one_sentence_each() {
        Parsed<PositionsState> parsed = PositionsState.parse(QueryParameters.fromString("n=9999&d=abc"));
        assertThat(parsed.state().positions()).isEqualTo(32);
        assertThat(parsed.state().dimensions()).isEqualTo(64);
        assertThat(parsed.problems()).hasSize(2);
    }

    @Test
    void the_fading_sentence_is_computed_from_the_encoding() {
        // Values from PositionalEncodingTest (Python's math module): at 16 dimensions lag 3 → 0.6929, lag 6 → 0.8056.
        String text = FormulaSection.fading(PositionalEncoding.lagProfile(
                PositionalEncoding.cosines(PositionalEncoding.sinusoidal(16, 16))), 16, 16);
        assertThat(text).contains("does not simply fade").contains("0.6929 at distance 3")
                .contains("positions 6 apart are more alike (0.8056)");
    }
}
