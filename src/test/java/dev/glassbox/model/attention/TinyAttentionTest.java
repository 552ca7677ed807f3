package dev.glassbox.model.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TinyAttentionTest {

    private static final double TOLERANCE = 1e-12;
    private final Trace trace = TinyAttention.trace(List.of("The", "cat", "sat", "on", "the", "mat", "."));

    private Value.Matrix m(String id) {
        return (Value.Matrix) trace.step(id).value();
    }

    @Test
    void uses_the_first_five_words_and_one_decimal_inputs() {
        assertThat(m("x").rowLabels()).containsExactly("The", "cat", "sat", "on", "the");
        for (String id : List.of("x", "w-q", "w-k", "w-v")) {
            for (double[] row : m(id).values()) {
                for (double v : row) {
                    assertThat(Math.abs(v * 10 - Math.rint(v * 10))).isLessThan(1e-9);
                    assertThat(v).isBetween(-1.0, 1.0);
                }
            }
        }
        // the same word (any case) always gets the same embedding
        assertThat(m("x").values()[0]).containsExactly(m("x").values()[4]);
    }

    @Test
    void every_number_follows_from_the_previous_ones_by_hand() {
        double[][] x = m("x").values(), wq = m("w-q").values(), q = m("q").values(), k = m("k").values(), v = m("v").values();
        // Q[1][2] written out: Σᵢ X[1][i]·W_Q[i][2]
        assertThat(q[1][2]).isCloseTo(x[1][0] * wq[0][2] + x[1][1] * wq[1][2] + x[1][2] * wq[2][2] + x[1][3] * wq[3][2],
                within(TOLERANCE));
        // head 1 uses columns 3 and 4
        double s = q[2][2] * k[0][2] + q[2][3] * k[0][3];
        assertThat(m("head-1-scores").get(2, 0)).isCloseTo(s, within(TOLERANCE));
        assertThat(m("head-1-scaled").get(2, 0)).isCloseTo(s / Math.sqrt(2), within(TOLERANCE));
        double[][] a = m("head-1-weights").values();
        double denominator = 0;
        for (int j = 0; j < 5; j++) {
            denominator += Math.exp(m("head-1-scaled").get(2, j));
        }
        assertThat(a[2][0]).isCloseTo(Math.exp(m("head-1-scaled").get(2, 0)) / denominator, within(TOLERANCE));
        double out = 0;
        for (int j = 0; j < 5; j++) {
            out += a[2][j] * v[j][3];
        }
        assertThat(m("output").get(2, 3)).isCloseTo(out, within(TOLERANCE));
        for (double[] row : a) {
            assertThat(Arrays.stream(row).sum()).isCloseTo(1, within(TOLERANCE));
        }
    }

    @Test
    void the_worksheet_lists_every_step_and_never_starts_a_cell_with_a_formula() {
        String csv = TinyAttention.csv(TinyAttention.trace(List.of("=HYPERLINK(\"x\")", "-1", "cat")));
        assertThat(csv).contains("\"2. W_Q: 4 × 4 weights\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(csv).contains("\"'-1\"");
        assertThat(csv).doesNotContain("\n=").doesNotContain(",=");
    }

    @Test
    void without_positions_the_same_word_gets_the_same_row_wherever_it_stands() {
        // Invariant of attention without positions (permutation equivariance): reversing the words reverses the
        // output rows and changes nothing else; two equal words have equal embeddings and so equal rows.
        TinyAttention.BagOfWords bag = TinyAttention.bagOfWords(List.of("The", "cat", "saw", "the", "dog", "again"));
        assertThat(bag.words()).containsExactly("The", "cat", "saw", "the", "dog");
        assertThat(bag.reversedDifference()).isLessThan(TOLERANCE);
        assertThat(bag.repeats()).hasSize(1);
        assertThat(bag.repeats().get(0)).containsExactly(0, 3);
        assertThat(bag.repeatDifference()).isLessThan(TOLERANCE);
        double[][] out = ((Value.Matrix) TinyAttention.trace(bag.words()).step("output").value()).values();
        assertThat(out[0]).isEqualTo(out[3]);
        assertThat(out[1]).isNotEqualTo(out[4]);
    }
}
