package dev.glassbox.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {

    private static final Value ONE = new Value.Scalar(1);

    @Test
    void steps_keep_their_order_and_are_found_by_id() {
        Trace trace = Trace.builder()
                .add("a", "A", "", "first", List.of(), ONE)
                .add("b", "B", "b = a + 1", "second", List.of("a"), new Value.Scalar(2))
                .build();
        assertThat(trace.steps()).extracting(Step::id).containsExactly("a", "b");
        assertThat(trace.step("b").value()).isEqualTo(new Value.Scalar(2));
        assertThat(trace.find("c")).isEmpty();
    }

    @Test
    void a_step_may_only_read_earlier_steps() {
        assertThatThrownBy(() -> Trace.builder().add("a", "A", "", "", List.of("b"), ONE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads b");
    }

    @Test
    void step_ids_are_unique() {
        assertThatThrownBy(() -> Trace.builder().add("a", "A", "", "", List.of(), ONE).add("a", "A", "", "", List.of(), ONE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    }

    @Test
    void values_report_their_shape() {
        assertThat(ONE.shape()).isEmpty();
        assertThat(new Value.Vector(new double[] {1, 2, 3}).shape()).containsExactly(3);
        assertThat(new Value.Matrix(new double[][] {{1, 2, 3}, {4, 5, 6}}, List.of("x", "y"), List.of()).shape())
                .containsExactly(2, 3);
        assertThat(new Value.TokenList(List.of("a", "b"), List.of(1, 2)).shape()).containsExactly(2);
        assertThat(new Value.Table(List.of("k", "v"), List.of(List.of("a", 1))).shape()).containsExactly(1, 2);
    }

    @Test
    void values_are_immutable_copies() {
        double[] raw = {1, 2};
        Value.Vector v = new Value.Vector(raw);
        raw[0] = 99;
        v.values()[1] = 99;
        assertThat(v.values()).containsExactly(1, 2);

        double[][] grid = {{1, 2}, {3, 4}};
        Value.Matrix m = new Value.Matrix(grid, List.of(), List.of());
        grid[0][0] = 99;
        m.values()[1][1] = 99;
        assertThat(m.get(0, 0)).isEqualTo(1);
        assertThat(m.get(1, 1)).isEqualTo(4);
    }

    @Test
    void labels_must_match_the_shape() {
        assertThatThrownBy(() -> new Value.Vector(new double[] {1, 2}, List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Value.Matrix(new double[][] {{1}, {2, 3}}, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Value.Table(List.of("a"), List.of(List.of(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
