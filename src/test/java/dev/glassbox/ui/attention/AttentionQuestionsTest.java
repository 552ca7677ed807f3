package dev.glassbox.ui.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The attention lesson's questions against the head's weights recomputed here from its queries and keys. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttentionQuestionsTest {

    private static final double FLOAT_TOLERANCE = 1e-4;
    private static final int LAYER = 2, HEAD = 5;

    private EncoderRun run;
    private int it;

    @BeforeAll
    void load() {
        EncoderInput input = EncoderInput.of("The animal didn't cross the street because it was too tired.");
        run = MiniLmEncoder.load().run(input.tokens(), input.ids());
        it = run.tokens().indexOf("it");
    }

    /** Independent: softmax(q·kⱼ / √32) of the query's row, from the head's Q and K (Vaswani et al. 2017, eq. 1). */
    private double[] row(int q) {
        var trace = run.attentionTrace(LAYER, HEAD);
        double[][] qs = ((Value.Matrix) trace.step(MultiHeadAttention.HEAD_Q).value()).values();
        double[][] ks = ((Value.Matrix) trace.step(MultiHeadAttention.HEAD_K).value()).values();
        double[] s = new double[ks.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ks.length; j++) {
            for (int d = 0; d < ks[j].length; d++) {
                s[j] += qs[q][d] * ks[j][d];
            }
            s[j] /= Math.sqrt(qs[q].length);
            max = Math.max(max, s[j]);
        }
        double sum = 0;
        for (int j = 0; j < s.length; j++) {
            s[j] = Math.exp(s[j] - max);
            sum += s[j];
        }
        for (int j = 0; j < s.length; j++) {
            s[j] /= sum;
        }
        return s;
    }

    @Test
    void the_top_token_is_the_largest_weight_of_the_recomputed_row() {
        double[] w = row(it);
        int top = 0;
        for (int j = 1; j < w.length; j++) {
            top = w[j] > w[top] ? j : top;
        }
        Prediction q = AttentionQuestions.top(run.tokens(), run.attention(LAYER, HEAD), LAYER, HEAD, it);
        assertThat(q.correct()).isEqualTo("t" + top);
        assertThat(q.answer()).isEqualTo("“" + run.tokens().get(top) + "” (" + top + ")");
        assertThat(q.choices()).hasSizeBetween(2, 4).extracting(Prediction.Choice::key).contains("t0", "t" + it);
        assertThat(q.prompt()).contains("layer 2, head 5").contains("“it” (" + it + ")");
    }

    @Test
    void the_cls_share_is_the_recomputed_weight_of_token_zero() {
        double[] w = row(it);
        Prediction q = AttentionQuestions.clsShare(run.tokens(), run.attention(LAYER, HEAD), LAYER, HEAD, it);
        assertThat(q.truth()).isCloseTo(w[0], within(FLOAT_TOLERANCE));
        assertThat(q.tolerance()).isEqualTo(0.1);
        assertThat(q.judge(Double.toString(w[0] + 0.09))).isInstanceOfSatisfying(Prediction.Verdict.Judged.class,
                j -> assertThat(j.right()).isTrue());
        assertThat(q.judge(Double.toString(w[0] + 0.11))).isInstanceOfSatisfying(Prediction.Verdict.Judged.class,
                j -> assertThat(j.right()).isFalse());
        assertThat(q.why()).contains("sum to 1 (here 1");
    }

    @Test
    void the_lesson_builder_lists_these_questions_in_page_order() {
        assertThat(ViewQuestions.of("attention")).extracting(ViewQuestions.Entry::id)
                .containsExactly(AttentionQuestions.TOP, AttentionQuestions.CLS_SHARE);
    }
}
