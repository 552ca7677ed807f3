package dev.glassbox.model.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.attention.QueryArithmetic;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The encoder's own invariants and its traces (the numbers themselves are checked in MiniLmEncoderOracleTest). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MiniLmEncoderTest {

    private static final double FLOAT_TOLERANCE = 1e-4;

    private MiniLmEncoder encoder;
    private EncoderRun run;

    @BeforeAll
    void load() {
        encoder = MiniLmEncoder.load();
        EncoderInput input = EncoderInput.of(LearnerText.DEFAULT_SENTENCE);
        run = encoder.run(input.tokens(), input.ids());
    }

    @Test
    void the_onnx_file_holds_the_published_sizes() {
        // Model card of sentence-transformers/all-MiniLM-L6-v2: 22.7M parameters, vocabulary 30522, 512 positions.
        assertThat(encoder.vocabulary()).isEqualTo(30522);
        assertThat(encoder.maxPositions()).isEqualTo(512);
        assertThat(encoder.parameters()).isBetween(22_500_000L, 22_800_000L);
    }

    @Test
    void layer_norm_z_scores_have_mean_zero_and_standard_deviation_one() {
        LayerNorm.Result norm = run.layers().get(2).norm1();
        for (float[] row : norm.z()) {
            double[] z = new double[row.length];
            for (int i = 0; i < row.length; i++) {
                z[i] = row[i];
            }
            // Commons Math: population standard deviation (LayerNorm divides by n).
            assertThat(new Mean().evaluate(z)).isCloseTo(0, within(FLOAT_TOLERANCE));
            assertThat(new StandardDeviation(false).evaluate(z)).isCloseTo(1, within(FLOAT_TOLERANCE));
        }
    }

    @Test
    void the_query_arithmetic_ends_in_the_heads_own_output() {
        int q = run.tokens().indexOf("it");
        MultiHeadAttention.Result a = run.layers().get(3).attention();
        Trace t = QueryArithmetic.trace(a, 1, q, run.tokens());
        Value.Vector out = (Value.Vector) t.step(QueryArithmetic.OUTPUT).value();
        float[] expected = a.head(a.concat(), 1)[q];
        for (int d = 0; d < expected.length; d++) {
            assertThat(out.get(d)).isCloseTo(expected[d], within(FLOAT_TOLERANCE));
        }
        Value.Vector weights = (Value.Vector) t.step(QueryArithmetic.SOFTMAX).value();
        assertThat(Arrays.stream(weights.values()).sum()).isCloseTo(1, within(1e-5));
    }

    @Test
    void in_the_default_sentence_a_head_links_it_to_animal() {
        int it = HeadSearch.pronoun(run.tokens());
        assertThat(run.tokens().get(it)).isEqualTo("it");
        HeadSearch.Found found = HeadSearch.strongest(run, it);
        assertThat(run.tokens().get(found.key())).isEqualTo("animal");
        assertThat(found.weight()).isGreaterThan(0.5f);
    }

    @Test
    void the_full_trace_has_every_step_and_valid_inputs() {
        Trace t = run.trace(5, 11);
        assertThat(t.step(EncoderRun.LAST_HIDDEN).inputs()).containsExactly(EncoderRun.NORM_2);
        assertThat(t.step(MultiHeadAttention.WEIGHTS).value().shape()).containsExactly(run.size(), run.size());
        assertThat(((Value.Vector) t.step(EncoderRun.SENTENCE_EMBEDDING).value()).size()).isEqualTo(384);
        assertThat(run.attentionTrace(0, 0).steps()).hasSize(1 + 13);
    }

    @Test
    void over_long_input_is_cut_to_128_tokens_keeping_sep_last() {
        EncoderInput input = EncoderInput.of("a ".repeat(200));
        assertThat(input.tokens()).hasSize(MiniLmEncoder.MAX_TOKENS);
        assertThat(input.tokens().get(127)).isEqualTo("[SEP]");
        assertThat(input.note()).contains("202 tokens");
        assertThatThrownBy(() -> encoder.run(Collections.nCopies(129, "a"), new int[129]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> encoder.run(List.of("x"), new int[] {-1})).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_trace_cache_returns_the_same_run_and_stays_within_its_bytes() {
        EncoderInput small = EncoderInput.of("Call me Ishmael.");
        long size = TraceCache.bytes(encoder.run(small.tokens(), small.ids()));
        TraceCache cache = new TraceCache(2 * size + size / 2);
        EncoderRun first = cache.get(small, () -> encoder.run(small.tokens(), small.ids()));
        assertThat(cache.get(small, () -> { throw new AssertionError("should be cached"); })).isSameAs(first);
        for (String s : List.of("Call me Jonah.", "Call me Ahab.", "Call me Queequeg.")) {
            EncoderInput other = EncoderInput.of(s);
            cache.get(other, () -> encoder.run(other.tokens(), other.ids()));
        }
        assertThat(cache.bytes()).isLessThanOrEqualTo(2 * size + size / 2);
        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void a_part_of_the_trace_keeps_the_chosen_steps_in_order_and_only_their_inputs() {
        Trace part = run.part(2, 0, List.of(EncoderRun.NORM_1, EncoderRun.RESIDUAL_1, EncoderRun.NORM_1_Z));
        assertThat(part.steps()).extracting(s -> s.id())
                .containsExactly(EncoderRun.RESIDUAL_1, EncoderRun.NORM_1_Z, EncoderRun.NORM_1);
        assertThat(part.step(EncoderRun.RESIDUAL_1).inputs()).isEmpty();
        assertThat(part.step(EncoderRun.NORM_1_Z).inputs()).containsExactly(EncoderRun.RESIDUAL_1);
        assertThat(((Value.Matrix) part.step(EncoderRun.NORM_1).value()).values())
                .isDeepEqualTo(((Value.Matrix) run.trace(2, 0).step(EncoderRun.NORM_1).value()).values());
    }

    @Test
    void layers_counted_from_zero_agree_with_the_superscripts() {
        // Layer l reads xˡ and writes xˡ⁺¹: layer 3 reads x³, the output of layer 2; x⁶ is the output of layer 5.
        Trace t = run.trace(3, 0);
        assertThat(t.step(EncoderRun.LAYER_INPUT).equation()).isEqualTo("x³ = output of layer 2");
        assertThat(t.step(EncoderRun.RESIDUAL_1).equation()).isEqualTo("x³ + MultiHead(x³)");
        assertThat(t.step(EncoderRun.RESIDUAL_2).explanation()).contains("layer 3's output, x⁴");
        assertThat(t.step(EncoderRun.LAST_HIDDEN).equation()).isEqualTo("x⁶ = output of layer 5");
        assertThat(run.trace(0, 0).step(EncoderRun.LAYER_INPUT).equation()).isEqualTo("x⁰ = LayerNorm(embeddings)");
    }

    @Test
    void the_gelu_explanation_carries_computed_values() {
        // Independent: GELU(u) = u·Φ(u) with Φ from Python's math.erf: GELU(1) = 0.8413447, GELU(−1) = −0.1586553,
        // GELU(3) = 2.9959503.
        String text = run.trace(0, 0).step(EncoderRun.GELU).explanation();
        assertThat(text).contains("GELU(1) = 0.8413").contains("GELU(−1) = -0.1587").contains("GELU(3) = 2.9960");
        assertThat(text).doesNotContain("positive ones pass almost unchanged:");
    }
}
