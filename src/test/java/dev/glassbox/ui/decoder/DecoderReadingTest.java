package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lesson's reading of a text: the window of the last N characters, unknown characters named, and the trace's
 * invariants (the causal mask, softmax rows). Expected values follow from the definitions, not from the trained
 * numbers, which change when the model is retrained.
 */
class DecoderReadingTest {

    /** Float rounding of a softmax row's sum. */
    private static final double SUM_TOLERANCE = 1e-5;

    private static CharDecoder model;

    @BeforeAll
    static void load() {
        model = CharDecoder.load();
    }

    @Test
    void a_long_text_is_read_from_its_last_n_characters() {
        String head = "a".repeat(44);
        String tail = "Call me Ishmael. ".repeat(16).substring(0, model.context());
        DecoderReading r = DecoderReading.of(model, head + tail);
        assertThat(r.size()).isEqualTo(model.context());
        assertThat(r.dropped()).isEqualTo(44);
        assertThat(String.join("", r.characters())).isEqualTo(tail);
        assertThat(r.text()).isEqualTo(head + tail);
    }

    @Test
    void a_short_text_is_read_whole_and_an_emoji_is_one_character() {
        DecoderReading r = DecoderReading.of(model, "Hi 🐋");
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.dropped()).isZero();
        assertThat(r.label(2)).isEqualTo("␣");
        assertThat(r.label(3)).isEqualTo("\uFFFD");
        assertThat(r.positionLabels()).containsExactly("1 H", "2 i", "3 ␣", "4 \uFFFD");
    }

    @Test
    void unknown_characters_are_named_once_each_and_counted_per_position() {
        DecoderReading r = DecoderReading.of(model, "Room #4 @ #9");
        assertThat(r.unknown()).containsExactly("#", "4", "@", "9");
        assertThat(r.unknownCount()).isEqualTo(5);
        assertThat(r.id(5)).isZero();
    }

    @Test
    void bad_input_gets_the_apps_sentence() {
        assertThatThrownBy(() -> DecoderReading.of(model, "  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DecoderReading.of(model, "a".repeat(501))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 500");
    }

    @Test
    void the_masked_scores_are_minus_infinity_above_the_diagonal_and_the_weights_exactly_zero() {
        DecoderReading r = DecoderReading.of(model, "The animal didn't cross the street.");
        int n = r.size();
        for (int layer = 0; layer < model.shape().layers(); layer++) {
            for (int head = 0; head < model.shape().heads(); head++) {
                Trace trace = DecoderTrace.part(r, layer, head, DecoderFlow.ATTENTION.steps());
                Value.Matrix masked = (Value.Matrix) trace.step(MultiHeadAttention.MASKED).value();
                Value.Matrix scaled = (Value.Matrix) trace.step(MultiHeadAttention.SCALED).value();
                Value.Matrix weights = (Value.Matrix) trace.step(MultiHeadAttention.WEIGHTS).value();
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        if (j > i) {
                            assertThat(masked.get(i, j)).isEqualTo(Double.NEGATIVE_INFINITY);
                            assertThat(weights.get(i, j)).isEqualTo(0.0);
                        } else {
                            assertThat(masked.get(i, j)).isEqualTo(scaled.get(i, j));
                            assertThat(weights.get(i, j)).isPositive();
                        }
                        sum += weights.get(i, j);
                    }
                    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(SUM_TOLERANCE));
                }
            }
        }
    }

    @Test
    void every_box_shows_steps_of_the_trace_and_every_input_is_shown_before_it() {
        DecoderReading r = DecoderReading.of(model, "Call me Ishmael.");
        List<String> all = DecoderTrace.of(r, 3, 1).steps().stream().map(s -> s.id()).toList();
        for (DecoderFlow box : DecoderFlow.values()) {
            assertThat(all).containsAll(box.steps());
            assertThat(DecoderTrace.part(r, 3, 1, box.steps()).steps()).hasSize(box.steps().size());
        }
    }

    @Test
    void one_character_goes_through_every_box_the_lens_and_the_mask_check() {
        DecoderReading r = DecoderReading.of(model, "C");
        for (DecoderFlow box : DecoderFlow.values()) {
            assertThat(DecoderTrace.part(r, 0, 0, box.steps()).steps()).hasSize(box.steps().size());
        }
        assertThat(new LogitLens(r).summary()).startsWith("The first guess already equals the final one at ")
                .doesNotContain("Where your text shows");
        assertThat(MaskSection.check(r.run().blocks().get(0).attention().weights()[0]))
                .startsWith("With one character there is nothing above the diagonal.");
    }

    @Test
    void the_probabilities_are_the_softmax_of_the_logits_and_sum_to_one() {
        DecoderReading r = DecoderReading.of(model, "Call me Ishmael.");
        float[] logits = r.run().logits()[r.size() - 1];
        double[] p = r.probabilities(r.size() - 1);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        // softmax's defining ratio: p_i / p_j = e^(z_i − z_j)
        assertThat(p[2] / p[3]).isCloseTo(Math.exp((double) logits[2] - logits[3]), org.assertj.core.data.Offset.offset(1e-9 * p[2] / p[3]));
        List<DecoderReading.Prediction> top = r.top(r.size() - 1, 3);
        assertThat(top.get(0).probability()).isGreaterThanOrEqualTo(top.get(1).probability());
        assertThat(top.get(0).probability()).isEqualTo(Arrays.stream(p).max().orElseThrow());
    }

    @Test
    void the_tanh_gelu_is_within_a_thousandth_of_the_exact_one_as_the_lesson_says() {
        double worst = 0;
        for (double u = -10; u <= 10; u += 0.001) {
            worst = Math.max(worst, Math.abs(dev.glassbox.model.encoder.FeedForward.Activation.GELU_TANH.apply(u)
                    - dev.glassbox.model.encoder.FeedForward.Activation.GELU.apply(u)));
        }
        assertThat(worst).isLessThan(0.001);
    }

    @Test
    void the_mask_check_counts_the_zeros_above_the_diagonal() {
        // A 3 × 3 causal weight matrix written by hand: 3 entries above the diagonal, all 0; rows sum to 1.
        float[][] w = {{1f, 0f, 0f}, {0.25f, 0.75f, 0f}, {0.5f, 0.25f, 0.25f}};
        assertThat(MaskSection.check(w)).startsWith("3 of the 3 weights above the diagonal are exactly 0.")
                .contains("is 0).");
    }
}
