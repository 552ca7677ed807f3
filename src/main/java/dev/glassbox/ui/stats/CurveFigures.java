package dev.glassbox.ui.stats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Formula;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;

/** The curve section's table of the 68-95-99.7 rule and its formula with the learner's numbers. */
final class CurveFigures {

    private CurveFigures() {
    }

    static Figure rule(NormalCurve normal) {
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            rows.add(List.<Object>of("μ ± " + k + "σ", normal.mu() - k * normal.sigma(), normal.mu() + k * normal.sigma(),
                    normal.withinSigmas(k)));
        }
        Figure empirical = Figure.of(new Value.Table(List.of(Say.normal("col-interval"), Say.normal("col-from"),
                Say.normal("col-to"), Say.normal("col-computed")), rows), Say.normal("rule-summary"));
        empirical.setId("empirical-rule");
        return empirical;
    }

    static Div formula(NormalCurve normal, NormalState s) {
        Span numbers = new Span("f(x) = 1 / (" + Summaries.number(s.sigma()) + " · √(2π)) · e^(−(x − "
                + Summaries.number(s.mu()) + ")² / (2 · "
                + Summaries.number(s.sigma()) + "²))\n" + Say.normal("formula-values", "a", Summaries.number(s.a()),
                "fa", Summaries.number(normal.pdf(s.a())), "b", Summaries.number(s.b()),
                "fb", Summaries.number(normal.pdf(s.b())), "peak", Summaries.number(normal.pdf(s.mu()))));
        numbers.setId("formula");
        numbers.addClassName("gb-formula");
        numbers.getElement().getStyle().set("display", "block");
        Div line = new Div(new Formula("f(x) = \\frac{1}{\\sigma \\sqrt{2 \\pi}} e^{-\\frac{(x - \\mu)^2}{2 \\sigma^2}}", true));
        line.addClassName("gb-display-formula");
        return new Div(line, numbers);
    }
}
