package dev.glassbox.model.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.glassbox.training.Seq2SeqBackprop;
import java.util.List;
import org.junit.jupiter.api.Test;

class Seq2SeqTransformerTest {

    /**
     * The independent source: the trainer's own forward pass ({@code Seq2SeqBackprop}, written separately with flat
     * float kernels) on the committed weights. Both compute in 32-bit floats from the same weights, in different
     * orders (the app's LayerNorm and softmax sums in doubles), so logits of size ~10 differ by float rounding,
     * about 1e-6; the bound leaves an order of magnitude.
     */
    private static final double LOGIT_TOLERANCE = 1e-4;
    private static final double ROW_SUM_TOLERANCE = 1e-5;

    static final Seq2SeqTransformer MODEL = Seq2SeqTransformer.load();

    @Test
    void the_app_and_the_trainer_compute_the_same_logits() {
        Seq2SeqBackprop trainer = new Seq2SeqBackprop(MODEL.shape(), 1);
        trainer.load(MODEL.weights());
        for (String text : List.of("Wednesday, 9 May 2018", "09/05/2018", "the 31st of december 1999", "x", "2099-12-31")) {
            Seq2SeqTransformer.Translation t = MODEL.translate(text);
            int[] input = t.decoding().input();
            int[] target = new int[input.length + 1];
            System.arraycopy(input, 0, target, 0, input.length);
            target[input.length] = Seq2SeqVocabulary.END;
            float[] theirs = trainer.logits(new int[][] {Seq2SeqVocabulary.encode(text)}, new int[][] {target})[0];
            float[][] ours = t.decoding().logits();
            int v = MODEL.shape().v();
            for (int i = 0; i < ours.length; i++) {
                for (int c = 0; c < v; c++) {
                    assertThat((double) ours[i][c]).as("%s, position %d, token %d", text, i, c)
                            .isCloseTo(theirs[i * v + c], offset(LOGIT_TOLERANCE));
                }
            }
        }
    }

    @Test
    void attention_rows_sum_to_one_and_the_decoder_never_reads_ahead() {
        Seq2SeqTransformer.Translation t = MODEL.translate("May 9th, 2018");
        int s = t.encoding().source().length;
        for (Seq2SeqTransformer.EncoderLayer layer : t.encoding().layers()) {
            for (float[][] head : layer.self().weights()) {
                assertThat(head).hasNumberOfRows(s);
                for (float[] row : head) {
                    assertThat(sum(row)).isCloseTo(1, offset(ROW_SUM_TOLERANCE));
                }
            }
        }
        for (Seq2SeqTransformer.DecoderLayer layer : t.decoding().layers()) {
            for (float[][] head : layer.self().weights()) {
                for (int i = 0; i < head.length; i++) {
                    assertThat(sum(head[i])).isCloseTo(1, offset(ROW_SUM_TOLERANCE));
                    for (int j = i + 1; j < head[i].length; j++) {
                        assertThat(head[i][j]).as("self-attention above the diagonal").isZero();
                    }
                }
            }
            for (float[][] head : layer.cross().weights()) {
                for (float[] row : head) {
                    assertThat(row).hasSize(s);
                    assertThat(sum(row)).isCloseTo(1, offset(ROW_SUM_TOLERANCE));
                }
            }
        }
    }

    @Test
    void greedy_decoding_writes_the_most_likely_token_at_every_step_and_stops_at_the_end_token() {
        Seq2SeqTransformer.Translation t = MODEL.translate("Wed 9 May 2018");
        assertThat(t.text()).isEqualTo("2018-05-09");
        assertThat(t.finished()).isTrue();
        int[] out = t.output();
        assertThat(t.decoding().input()[0]).isEqualTo(Seq2SeqVocabulary.START);
        for (int j = 0; j < out.length; j++) {
            assertThat(Seq2SeqTransformer.argmax(t.decoding().logits()[j])).isEqualTo(out[j]);
            if (j + 1 < out.length) {
                assertThat(t.decoding().input()[j + 1]).isEqualTo(out[j]);
            }
        }
        // the same pass, run on a shorter prefix, gives the same rows: what was written never changes
        Seq2SeqTransformer.Decoding prefix = MODEL.decode(t.encoding(), java.util.Arrays.copyOf(t.decoding().input(), 4));
        for (int j = 0; j < 4; j++) {
            for (int c = 0; c < prefix.logits()[j].length; c++) {
                assertThat(prefix.logits()[j][c]).isCloseTo(t.decoding().logits()[j][c], offset(1e-5f));
            }
        }
    }

    @Test
    void anything_that_is_not_a_date_still_gets_an_answer_within_the_limit() {
        for (String text : List.of("hello", "🐋🐋🐋", "0", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")) {
            Seq2SeqTransformer.Translation t = MODEL.translate(text);
            assertThat(t.output().length).isBetween(1, Seq2SeqTransformer.MAX_OUTPUT);
        }
        assertThatThrownBy(() -> MODEL.translate("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MODEL.translate("1".repeat(Seq2SeqTransformer.MAX_SOURCE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double sum(float[] row) {
        double s = 0;
        for (float x : row) {
            s += x;
        }
        return s;
    }
}
