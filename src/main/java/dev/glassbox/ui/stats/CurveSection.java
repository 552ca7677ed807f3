package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The curve N(μ, σ²): its controls, the shaded area P(a ≤ X ≤ b), the 68-95-99.7 rule, a quantile, the formula. */
class CurveSection extends Div {

    private final TextField mu = field("mu", Say.normal("mu-label"));
    private final TextField sigma = field("sigma", Say.normal("sigma-label"));
    private final RangeInput muSlider = slider("mu-slider", Say.normal("mu-slider"), -10, 10);
    private final RangeInput sigmaSlider = slider("sigma-slider", Say.normal("sigma-slider"), 0.1, 10);
    private final TextField a = field("a", Say.normal("a-label"));
    private final TextField b = field("b", Say.normal("b-label"));
    private final TextField p = field("p", Say.normal("p-label"));
    private final Notice notice = new Notice("normal-notice");
    private final Div curve = new Div();
    private final Fold formula = new Fold(NormalState.FORMULA, Say.normal("formula-fold"));
    private final Consumer<NormalState> go;
    private final BiConsumer<Prediction, String> answered;
    private NormalState state;

    /** @param answered told of an answer to one of the section's questions */
    CurveSection(Consumer<NormalState> go, BiConsumer<Prediction, String> answered) {
        this.go = go;
        this.answered = answered;
        setId("curve-section");
        curve.setId("normal-result");
        p.setHelperText(Say.normal("p-help"));
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
        s.setAriaLabel(label);
        s.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        s.addClassName("gb-slider");
        return s;
    }

    Fold formula() {
        return formula;
    }

    private void attempt() {
        try {
            Language language = PageLanguage.current();
            go.accept(state.withCurve(NumberList.parseOne(mu.getValue(), Say.normal("name-mu"), language),
                    NumberList.parseOne(sigma.getValue(), Say.normal("name-sigma"), language),
                    NumberList.parseOne(a.getValue(), Say.normal("name-a"), language),
                    NumberList.parseOne(b.getValue(), Say.normal("name-b"), language),
                    NumberList.parseOne(p.getValue(), Say.normal("name-p"), language)).validate(language));
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
        Language language = PageLanguage.current();
        Paragraph area = result("probability", Say.normal("probability-result", "a", Summaries.number(s.a()),
                "b", Summaries.number(s.b()), "fb", Summaries.number(normal.cdf(s.b())),
                "fa", Summaries.number(normal.cdf(s.a())), "p", Summaries.number(prob),
                "percent", ZScoreTable.percent(prob, language), "za", Summaries.number(normal.z(s.a())),
                "zb", Summaries.number(normal.z(s.b()))));
        Component bell = Charts.bell(normal, s.a(), s.b());
        bell.setId("bell");
        double x = normal.inverse(s.p());
        Paragraph inverse = result("inverse", Say.normal("inverse-result", "p", Summaries.number(s.p()),
                "percent", ZScoreTable.percent(s.p(), language), "x", Summaries.number(x),
                "z", Summaries.number(normal.z(x))));
        // the second question comes once the first is answered; the area and the curve once both are
        Div next = new Div(new Question(NormalQuestions.area(normal, s.a(), s.b()), s.answers(), answered, area, bell),
                area, bell);
        curve.add(new Question(NormalQuestions.half(normal, s.a(), s.b()), s.answers(), answered, next), next,
                new H3(Say.normal("rule-heading")), CurveFigures.rule(normal), new Prose("normal", "rule"),
                new H3(Say.normal("quantile-heading")), new Prose("normal", "quantile"), inverse);
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
