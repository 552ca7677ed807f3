package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class TraceViewTest {

    @Test
    void an_equation_with_subscripts_is_drawn_as_a_formula() {
        // The LSTM's forget pre-activation, as its trace writes it.
        assertThat(TraceView.equation("z_f = W_f·[h_{t−1}, x_t] + b_f")).isInstanceOf(Formula.class);
    }

    @Test
    void a_plain_equation_stays_text() {
        assertThat(TraceView.equation("z = (x − μ) / σ")).isInstanceOf(Span.class);
    }

    @Test
    void an_equation_outside_the_formula_syntax_is_shown_as_written() {
        Span shown = (Span) TraceView.equation("x_{unclosed");
        assertThat(shown.getText()).isEqualTo("x_{unclosed");
    }
}
