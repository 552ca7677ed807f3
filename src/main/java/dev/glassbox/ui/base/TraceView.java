package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Trace;
import java.util.Map;
import java.util.function.Function;

/** Shows a trace's steps in order: number, title, equation, explanation, inputs, and the value as a figure. */
public class TraceView extends Div {

    private final String stepIdPrefix;

    public TraceView() {
        this("step-");
    }

    /** A trace view whose step cards get the ids {@code stepIdPrefix + step id} (unique when a page shows two traces). */
    public TraceView(String stepIdPrefix) {
        this.stepIdPrefix = stepIdPrefix;
        addClassName("gb-trace");
        getElement().setAttribute("role", "list");
    }

    public TraceView(Trace trace) {
        this("step-");
        show(trace);
    }

    public void show(Trace trace) {
        show(trace, step -> Figure.of(step.value()));
    }

    /** Shows {@code trace}, drawing each step's value with {@code figure} (to fix ranges or show ids). */
    public void show(Trace trace, Function<Step, Component> figure) {
        removeAll();
        int n = 1;
        for (Step step : trace.steps()) {
            Div card = new Div();
            card.addClassName("gb-step");
            card.setId(stepIdPrefix + step.id());
            card.getElement().setAttribute("role", "listitem");
            H3 title = new H3(n++ + ". " + step.title());
            card.add(title);
            if (!step.equation().isEmpty()) {
                card.add(equation(step.equation()));
            }
            card.add(new Paragraph(step.explanation()));
            if (!step.inputs().isEmpty()) {
                Paragraph reads = new Paragraph(PageLanguage.text("common").plain("trace-reads", Map.of("steps", String.join(", ",
                        step.inputs().stream().map(id -> trace.step(id).title()).toList()))));
                reads.addClassName("gb-reads");
                card.add(reads);
            }
            card.add(figure.apply(step));
            add(card);
        }
    }

    /**
     * A step's equation: drawn as a formula when it is written with sub- or superscripts ({@code h_{t−1}}), so that
     * no learner reads raw underscores; as plain text otherwise, or when it is not in the formula syntax.
     */
    static Component equation(String text) {
        if (text.contains("_") || text.contains("^")) {
            try {
                Formula formula = new Formula(text);
                formula.addClassName("gb-equation-math");
                return formula;
            } catch (IllegalArgumentException e) {
                // not in the formula syntax: shown as written
            }
        }
        Span equation = new Span(text);
        equation.addClassName("gb-equation");
        return equation;
    }
}
