package dev.glassbox.ui.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.ui.base.Prediction;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The encoder lesson's questions against Commons Math on the layers' own results. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncoderQuestionsTest {

    private static final double FLOAT_TOLERANCE = 1e-4;

    private EncoderRun run;

    @BeforeAll
    void load() {
        EncoderInput input = EncoderInput.of("The cat sat on the mat.");
        run = MiniLmEncoder.load().run(input.tokens(), input.ids());
    }

    private static double[] doubles(float[] row) {
        double[] x = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            x[i] = row[i];
        }
        return x;
    }

    @Test
    void the_mean_after_layer_norm_is_the_mean_of_the_layers_output_row() {
        // Independent: Commons Math's mean of token 1's row of the layer's own LayerNorm result (y, not the trace).
        double expected = new Mean().evaluate(doubles(run.layers().get(3).norm1().y()[1]));
        Prediction q = EncoderQuestions.of(EncoderFlow.NORM_1, run, 3).orElseThrow();
        assertThat(q.id()).isEqualTo(EncoderQuestions.NORM_MEAN);
        assertThat(q.truth()).isCloseTo(expected, within(FLOAT_TOLERANCE));
        assertThat(q.prompt()).contains("first LayerNorm of layer 3").contains("“the”");
        double expected2 = new Mean().evaluate(doubles(run.layers().get(3).norm2().y()[1]));
        assertThat(EncoderQuestions.of(EncoderFlow.NORM_2, run, 3).orElseThrow().truth()).isCloseTo(expected2, within(FLOAT_TOLERANCE));
    }

    @Test
    void the_sentence_embedding_has_length_one() {
        // Independent: the definition e = m / ‖m‖ (Sentence-Transformers' Normalize module) gives length 1.
        Prediction q = EncoderQuestions.of(EncoderFlow.POOLING, run, 0).orElseThrow();
        assertThat(q.truth()).isCloseTo(1, within(1e-6));
        assertThat(q.judge("1")).isInstanceOfSatisfying(Prediction.Verdict.Judged.class, j -> assertThat(j.right()).isTrue());
        assertThat(q.judge("0.9")).isInstanceOfSatisfying(Prediction.Verdict.Judged.class, j -> assertThat(j.right()).isFalse());
        double[] m = new double[run.lastHiddenState()[0].length];
        for (float[] token : run.lastHiddenState()) {
            for (int d = 0; d < m.length; d++) {
                m[d] += token[d] / run.size();
            }
        }
        assertThat(q.why()).contains("has length " + dev.glassbox.ui.base.Summaries.number(new ArrayRealVector(m).getNorm()));
    }

    @Test
    void boxes_without_a_question_ask_none() {
        assertThat(EncoderQuestions.of(EncoderFlow.ATTENTION, run, 0)).isEmpty();
        assertThat(EncoderQuestions.of(EncoderFlow.EMBEDDING_NORM, run, 0)).isPresent();
    }

    @Test
    void the_lesson_builder_lists_these_questions_in_page_order() {
        assertThat(ViewQuestions.of("encoder")).extracting(ViewQuestions.Entry::id)
                .containsExactly(EncoderQuestions.NORM_MEAN, EncoderQuestions.LENGTH);
    }
}
