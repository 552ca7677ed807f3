package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The curve N(μ, σ²): its controls, the shaded area P(a ≤ X ≤ b), the 68-95-99.7 rule, a quantile, the formula. */
class CurveSection extends Div {

    private final TextField mu = field("mu", "Mean μ");
    private final TextField sigma = field("sigma", "Standard deviation σ");
    private final RangeInput muSlider = slider("mu-slider", "Mean μ", -10, 10);
    private final RangeInput sigmaSlider = slider("sigma-slider", "Standard deviation σ", 0.1, 10);
    private final TextField a = field("a", "From a");
    private final TextField b = field("b", "To b");
    private final TextField p = field("p", "Probability p (0 to 1)");
    private final Notice notice = new Notice("normal-notice");
    private final Div curve = new Div();
    private final Fold formula = new Fold(NormalState.FORMULA, "The formula, with your numbers");
    private final Consumer<NormalState> go;
    private final BiConsumer<Prediction, String> answered;
    private NormalState state;

    /** @param answered told of an answer to one of the section's questions */
    CurveSection(Consumer<NormalState> go, BiConsumer<Prediction, String> answered) {
        this.go = go;
        this.answered = answered;
        setId("curve-section");
        curve.setId("normal-result");
        p.setHelperText("A probability level, for the quantile below.");
        Div controls = new Div(mu, muSlider, sigma, sigmaSlider, a, b, p);
        controls.addClassName("gb-controls");
        add(controls, new Prose("normal", "limits"), notice, curve, formula);
        for (TextField f : List.of(mu, sigma, a, b, p)) {
            FromClient.onChange(f, v -> attempt());
        }
        FromClient.onChange(muSlider, v -> {
            mu.setValue(Charts.plain(v));
            attempt();
        });
        FromClient.onChange(sigmaSlider, v -> {
            sigma.setValue(Charts.plain(v));
            attempt();
        });
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("10rem");
        return f;
    }

    private static RangeInput slider(String id, String label, double min, double max) {
        RangeInput s = new RangeInput();
        s.setId(id);
        s.setMin(min);
        s.setMax(max);
        s.setStep(0.1);
        s.setAriaLabel(label + " slider");
        s.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        s.addClassName("gb-slider");
        return s;
    }

    Fold formula() {
        return formula;
    }

    private void attempt() {
        try {
            go.accept(state.withCurve(NumberList.parseOne(mu.getValue(), "the mean μ"),
                    NumberList.parseOne(sigma.getValue(), "the standard deviation σ"),
                    NumberList.parseOne(a.getValue(), "the lower end a"), NumberList.parseOne(b.getValue(), "the upper end b"),
                    NumberList.parseOne(p.getValue(), "the probability p")).validate());
        } catch (InvalidInputException e) {
            curve.removeAll();
            formula.setVisible(false);
            notice.show(e.getMessage());
        }
    }

    void show(NormalState s, List<String> problems) {
        state = s;
        mu.setValue(Charts.plain(s.mu()));
        sigma.setValue(Charts.plain(s.sigma()));
        muSlider.setValue(Math.max(-10, Math.min(10, s.mu())));
        sigmaSlider.setValue(Math.max(0.1, Math.min(10, s.sigma())));
        a.setValue(Charts.plain(s.a()));
        b.setValue(Charts.plain(s.b()));
        p.setValue(Charts.plain(s.p()));
        notice.show(problems);
        curve.removeAll();
        NormalCurve normal = new NormalCurve(s.mu(), s.sigma());
        double prob = normal.probability(s.a(), s.b());
        Paragraph area = result("probability", "P(" + Summaries.number(s.a()) + " ≤ X ≤ " + Summaries.number(s.b())
                + ") = F(b) − F(a) = "
                + Summaries.number(normal.cdf(s.b())) + " − " + Summaries.number(normal.cdf(s.a())) + " = "
                + Summaries.number(prob) + " (" + ZScoreTable.percent(prob)
                + "). In z-scores: from z = " + Summaries.number(normal.z(s.a())) + " to z = "
                + Summaries.number(normal.z(s.b())) + ".");
        Component bell = Charts.bell(normal, s.a(), s.b());
        bell.setId("bell");
        double x = normal.inverse(s.p());
        Paragraph inverse = result("inverse", "The value below which a proportion p = " + Summaries.number(s.p()) + " ("
                + ZScoreTable.percent(s.p()) + ") of this population lies is its p-quantile F⁻¹("
                + Summaries.number(s.p()) + ") = "
                + Summaries.number(x) + ", which is z = " + Summaries.number(normal.z(x))
                + " standard deviations from the mean.");
        // the second question comes once the first is answered; the area and the curve once both are
        Div next = new Div(new Question(NormalQuestions.area(normal, s.a(), s.b()), s.answers(), answered, area, bell),
                area, bell);
        curve.add(new Question(NormalQuestions.half(normal, s.a(), s.b()), s.answers(), answered, next), next,
                new H3("The 68-95-99.7 rule"), CurveFigures.rule(normal), new Prose("normal", "rule"),
                new H3("A probability level and its quantile"), new Prose("normal", "quantile"), inverse);
        formula.setVisible(true);
        formula.show(s.folds().isOpen(NormalState.FORMULA), () -> CurveFigures.formula(normal, s));
    }

    private static Paragraph result(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("gb-result");
        return p;
    }
}
