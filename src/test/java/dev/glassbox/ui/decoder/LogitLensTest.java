package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.decoder.CharDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The logit lens grid: its last row is the model's own guess, and its counts are what the summary says. */
class LogitLensTest {

    private static CharDecoder model;

    @BeforeAll
    static void load() {
        model = CharDecoder.load();
    }

    @Test
    void the_last_row_is_the_models_own_first_guess_at_every_position() {
        DecoderReading r = DecoderReading.of(model, "It was the best of times, it was the worst of times.");
        LogitLens lens = new LogitLens(r);
        int last = model.shape().layers();
        assertThat(lens.rows()).isEqualTo(last + 1);
        for (int t = 0; t < r.size(); t++) {
            assertThat(lens.top(last, t)).isEqualTo(r.top(t, 1).getFirst().id());
            assertThat(lens.probability(last, t)).isEqualTo(r.top(t, 1).getFirst().probability());
        }
        assertThat(lens.agreeing(last)).isEqualTo(r.size());
    }

    @Test
    void the_first_row_depends_only_on_the_character_and_its_position() {
        // x⁰ = wte[id] + wpe[t]: the same text gives the same first row whatever follows it.
        LogitLens a = new LogitLens(DecoderReading.of(model, "whale"));
        LogitLens b = new LogitLens(DecoderReading.of(model, "whaling ships"));
        for (int t = 0; t < 4; t++) {
            assertThat(b.top(0, t)).isEqualTo(a.top(0, t));
            assertThat(b.probability(0, t)).isEqualTo(a.probability(0, t));
        }
    }

    @Test
    void the_summary_states_the_counts_it_computed() {
        DecoderReading r = DecoderReading.of(model, "Call me Ishmael.");
        LogitLens lens = new LogitLens(r);
        int right = 0;
        for (int t = 0; t + 1 < r.size(); t++) {
            right += lens.top(model.shape().layers(), t) == r.id(t + 1) ? 1 : 0;
        }
        assertThat(lens.right(model.shape().layers())).isEqualTo(right);
        assertThat(lens.summary()).startsWith("The first guess already equals the final one at " + lens.agreeing(0)
                + " of 16 positions with the embeddings alone (x⁰), " + lens.agreeing(1) + " of 16 positions after block 0");
        assertThat(lens.summary()).contains("(15 positions)").endsWith(right + " times at x⁴.");
        assertThat(lens.matrix().rowLabels().getLast()).isEqualTo("x⁴ final output");
    }
}
