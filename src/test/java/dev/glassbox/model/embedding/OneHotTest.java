package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.trace.Value;
import org.junit.jupiter.api.Test;

/**
 * A one-hot vector times E is E's row. Expected values from an independent NumPy reading of the file: "cat" is row
 * 5,140 (index 5139) and its first three numbers are the float16 values 0.2308349609375, 0.28271484375 and 0.6318359375 (exact).
 */
class OneHotTest {

    @Test
    void the_product_of_a_one_hot_vector_and_the_matrix_is_the_words_row() {
        OneHot.Result r = OneHot.of(TestGlove.VECTORS, TestGlove.VECTORS.lookup("cat"));
        assertThat(r.word().rank()).isEqualTo(5139);
        assertThat(r.vocabulary()).isEqualTo(50_000);
        assertThat(r.ones()).isEqualTo(1);
        assertThat(r.product()).hasSize(100);
        assertThat(r.product()[0]).isEqualTo(0.2308349609375);
        assertThat(r.product()[1]).isEqualTo(0.28271484375);
        assertThat(r.product()[2]).isEqualTo(0.6318359375);
        assertThat(r.product()).containsExactly(r.row());
        assertThat(r.difference()).isEqualTo(0.0);
        Value.Table compare = (Value.Table) r.trace().step(OneHot.ROW).value();
        assertThat(compare.rows()).hasSize(OneHot.SHOWN);
        Value.Table oneHot = (Value.Table) r.trace().step(OneHot.ONE_HOT).value();
        assertThat(oneHot.rows()).anySatisfy(row -> assertThat(row).containsExactly("5,140", "cat", 1.0));
        assertThat(oneHot.rows()).hasSize(5);
    }

    @Test
    void the_first_word_has_rows_only_after_it() {
        OneHot.Result r = OneHot.of(TestGlove.VECTORS, TestGlove.VECTORS.vector(0));
        assertThat(((Value.Table) r.trace().step(OneHot.ONE_HOT).value()).rows()).hasSize(3);
        assertThat(r.product()[5]).isCloseTo(TestGlove.VECTORS.vector(0).values()[5], within(0.0));
    }
}
