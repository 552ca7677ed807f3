package dev.glassbox.ui.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.Test;

class TranslateQuestionsTest {

    private static final Seq2SeqTransformer MODEL = Seq2SeqTransformer.load();

    @Test
    void the_cross_question_is_right_about_the_largest_weight_at_every_step_layer_and_head() {
        TranslateReading r = TranslateReading.of(MODEL, "Wednesday, 9 May 2018");
        for (int step = 1; step <= r.steps(); step++) {
            for (int layer = 0; layer < 2; layer++) {
                for (int head = 0; head < 4; head++) {
                    Prediction p = TranslateQuestions.cross(r, layer, head, step).orElseThrow();
                    // independent: the argmax of the model's own row, read straight from the translation
                    float[] row = MODEL.translate("Wednesday, 9 May 2018").decoding().layers().get(layer).cross()
                            .weights()[head][step - 1];
                    int best = 0;
                    for (int j = 1; j < row.length; j++) {
                        best = row[j] > row[best] ? j : best;
                    }
                    assertThat(p.correct()).isEqualTo("c" + best);
                    assertThat(p.choices()).hasSize(TranslateQuestions.CHOICES)
                            .extracting(Prediction.Choice::key).doesNotHaveDuplicates().contains("c" + best);
                }
            }
        }
    }

    @Test
    void the_encoder_question_adds_the_weights_after_the_first_character() {
        TranslateReading r = TranslateReading.of(MODEL, "09/05/2018");
        for (int layer = 0; layer < 2; layer++) {
            for (int head = 0; head < 4; head++) {
                float[] row = MODEL.translate("09/05/2018").encoding().layers().get(layer).self().weights()[head][0];
                double later = 0;
                for (int j = 1; j < row.length; j++) {
                    later += row[j];
                }
                Prediction p = TranslateQuestions.ahead(r, layer, head).orElseThrow();
                assertThat(p.correct()).isEqualTo(later >= TranslateQuestions.SOME ? "yes" : "no");
            }
        }
        assertThat(TranslateQuestions.ahead(TranslateReading.of(MODEL, "x"), 0, 0)).isEmpty();
        assertThat(TranslateQuestions.cross(TranslateReading.of(MODEL, "x"), 0, 0, 1)).isEmpty();
    }
}
