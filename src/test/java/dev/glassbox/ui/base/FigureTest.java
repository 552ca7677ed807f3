package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.trace.Value;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void a_shared_figure_converts_its_value_once_and_keeps_each_pages_own_summary() {
        AtomicInteger made = new AtomicInteger();
        Object key = List.of("figure-test", System.nanoTime());
        Figure first = Figure.shared(key, () -> {
            made.incrementAndGet();
            return new Value.Vector(new double[] {0.25, -0.5}, List.of("a", "b"));
        }, "first summary");
        Figure second = Figure.shared(key, () -> {
            made.incrementAndGet();
            return new Value.Vector(new double[] {9, 9}, List.of("x", "y"));
        }, "second summary");
        assertThat(made).hasValue(1);
        String one = first.getElement().getProperty("data");
        String two = second.getElement().getProperty("data");
        assertThat(one).contains("\"values\":[0.25,-0.5]").contains("first summary").doesNotContain("second");
        assertThat(two).contains("\"values\":[0.25,-0.5]").contains("second summary");
    }

    @Test
    void settings_are_added_to_the_values_object() {
        Figure f = Figure.of(new Value.Vector(new double[] {1, 2}, List.of("a", "b")), "s").digits(3).range(0, 1);
        assertThat(f.getElement().getProperty("data"))
                .isEqualTo("{\"kind\":\"vector\",\"values\":[1,2],\"labels\":[\"a\",\"b\"],\"summary\":\"s\",\"digits\":3,\"range\":[0,1]}");
    }
}
