package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decoder lesson's questions against the model's own forward pass, read independently of {@link DecoderReading}:
 * the largest raw logit of the last row (softmax keeps the order of the logits) and the weights above the diagonal.
 */
class DecoderQuestionsTest {

    private static CharDecoder model;

    @BeforeAll
    static void load() {
        model = CharDecoder.load();
    }

    @Test
    void the_character_ranked_first_is_the_largest_logit_after_the_last_position() {
        for (String text : new String[] {"Call me Ishmael", "The whale", "Queequeg and I went ", "q"}) {
            DecoderReading r = DecoderReading.of(model, text);
            Prediction q = DecoderQuestions.next(r);
            // independent: argmax of the raw logits of the last position, straight from CharDecoder.run
            float[] logits = model.run(model.encode(text)).logits()[text.length() - 1];
            int best = 0;
            for (int j = 1; j < logits.length; j++) {
                if (logits[j] > logits[best]) {
                    best = j;
                }
            }
            assertThat(q.correct()).as(text).isEqualTo(DecoderQuestions.key(best));
            assertThat(q.choices()).hasSize(DecoderQuestions.CHOICES);
            assertThat(q.why()).contains(DecoderSentences.named(r.top(r.size() - 1, 1).getFirst().character()));
        }
    }

    @Test
    void the_choices_come_in_vocabulary_order_so_the_first_is_not_always_right() {
        DecoderReading r = DecoderReading.of(model, "Call me Ishmael");
        Prediction q = DecoderQuestions.next(r);
        assertThat(q.choices()).extracting(c -> Integer.parseInt(c.key().substring(1))).isSorted();
        assertThat(q.prompt()).contains("“…l me Ishmael”");
    }

    @Test
    void no_attention_weight_lies_above_the_diagonal_in_any_head() {
        String text = "It was the Pequod.";
        DecoderReading r = DecoderReading.of(model, text);
        for (int l = 0; l < model.shape().layers(); l++) {
            for (int h = 0; h < model.shape().heads(); h++) {
                // independent: every weight above the diagonal of the model's own run is exactly 0
                float[][] w = model.run(model.encode(text)).blocks().get(l).attention().weights()[h];
                double above = 0;
                for (int i = 0; i < w.length; i++) {
                    for (int j = i + 1; j < w.length; j++) {
                        above += w[i][j];
                    }
                }
                assertThat(above).isZero();
                Prediction q = DecoderQuestions.mask(r, l, h);
                assertThat(q.correct()).isEqualTo("none");
                assertThat(q.why()).contains("The 153 weights above the diagonal add up to 0 of the 18 rows");
            }
        }
    }

    @Test
    void the_share_above_the_diagonal_is_judged_against_half_of_all_rows() {
        assertThat(DecoderQuestions.Share.of(0, 4)).isEqualTo(DecoderQuestions.Share.NONE);
        assertThat(DecoderQuestions.Share.of(1.99, 4)).isEqualTo(DecoderQuestions.Share.SOME);
        assertThat(DecoderQuestions.Share.of(2, 4)).isEqualTo(DecoderQuestions.Share.HALF);
    }

    @Test
    void one_character_has_nothing_above_the_diagonal() {
        Prediction q = DecoderQuestions.mask(DecoderReading.of(model, "A"), 0, 0);
        assertThat(q.correct()).isEqualTo("none");
        assertThat(q.why()).startsWith("With one character there is nothing above the diagonal");
    }

    @Test
    void the_list_of_questions_names_the_lessons_own_in_page_order() {
        assertThat(ViewQuestions.of("decoder")).extracting(ViewQuestions.Entry::id).containsExactly(DecoderQuestions.MASK, DecoderQuestions.NEXT);
    }
}
