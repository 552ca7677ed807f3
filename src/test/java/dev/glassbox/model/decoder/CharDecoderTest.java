package dev.glassbox.model.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.glassbox.model.attention.MultiHeadAttention;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CharDecoderTest {

    /** The cache and the full pass do the same float operations per position; allow for summation order only. */
    private static final double SAME = 1e-4;

    private static CharDecoder model;

    @BeforeAll
    static void load() {
        model = CharDecoder.load();
    }

    @Test
    void the_committed_model_has_the_shape_the_lesson_describes() {
        var shape = model.shape();
        assertThat(shape.layers()).isEqualTo(4);
        assertThat(shape.heads()).isEqualTo(4);
        assertThat(shape.d()).isEqualTo(128);
        assertThat(shape.context()).isGreaterThanOrEqualTo(256);
        assertThat(model.vocabulary().size()).isEqualTo(75); // the LSTM lesson's 74 characters plus "unknown"
    }

    @Test
    void causal_attention_is_zero_above_the_diagonal_and_every_row_sums_to_one() {
        CharDecoder.Run run = model.run(model.encode("Call me Ishmael."));
        for (CharDecoder.BlockRun block : run.blocks()) {
            MultiHeadAttention.Result a = block.attention();
            for (float[][] head : a.weights()) {
                for (int i = 0; i < head.length; i++) {
                    double sum = 0;
                    for (int j = 0; j < head.length; j++) {
                        if (j > i) {
                            assertThat(head[i][j]).isZero();
                        }
                        sum += head[i][j];
                    }
                    assertThat(sum).isCloseTo(1, offset(1e-5));
                }
            }
        }
    }

    @Test
    void what_comes_later_never_changes_the_predictions_before_it() {
        float[][] a = model.run(model.encode("the whale")).logits();
        float[][] b = model.run(model.encode("the whXYZ and more")).logits();
        for (int t = 0; t < 5; t++) { // positions 0…4 read only "the w"
            assertThat(b[t]).containsExactly(a[t]);
        }
    }

    @Test
    void the_key_value_cache_gives_the_numbers_of_the_full_pass() {
        int[] ids = model.encode("It was the whale, and it was white.");
        float[][] full = model.run(ids).logits();
        CharDecoder.Cache cache = model.cache();
        for (int t = 0; t < ids.length; t++) {
            float[] step = cache.feed(ids[t]);
            for (int c = 0; c < step.length; c++) {
                assertThat((double) step[c]).as("position %d, character %d", t, c).isCloseTo(full[t][c], offset(SAME));
            }
        }
    }

    @Test
    void the_logit_lens_at_the_last_layer_is_the_model_itself() {
        CharDecoder.Run run = model.run(model.encode("Ahab"));
        float[][] lens = model.lens(run, model.shape().layers());
        for (int t = 0; t < run.tokens(); t++) {
            assertThat(lens[t]).containsExactly(run.logits()[t]);
        }
        assertThat(model.lens(run, 0)).hasDimensions(4, model.vocabulary().size());
    }

    @Test
    void it_reads_at_most_its_context() {
        int[] tooLong = new int[model.context() + 1];
        assertThatThrownBy(() -> model.run(tooLong)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.run(new int[0])).isInstanceOf(IllegalArgumentException.class);
        // nextLogits reads the last N: the same as running them alone
        int[] ids = new int[model.context() + 10];
        Arrays.fill(ids, model.encode("a")[0]);
        ids[3] = model.encode("z")[0]; // outside the last N: cannot matter
        float[] last = model.nextLogits(ids);
        float[] window = model.nextLogits(Arrays.copyOfRange(ids, 10, ids.length));
        assertThat(last).containsExactly(window);
    }

    @Test
    void unknown_characters_are_read_as_the_unknown_token_not_dropped() {
        int[] ids = model.encode("a☃b");
        assertThat(ids).hasSize(3);
        assertThat(ids[1]).isEqualTo(0);
    }
}
