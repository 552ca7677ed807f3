package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import java.util.ArrayList;
import java.util.List;

/** Lesson 8: the normal distribution, its areas and percentiles, real data against it, and the central limit theorem. */
@Route("normal")
@PageTitle("The normal distribution — Glassbox")
@Menu(order = 8, title = "Normal distribution", icon = "vaadin:chart")
public class NormalView extends Main implements BeforeEnterObserver {

    private final TextField mu = field("mu", "Mean μ");
    private final TextField sigma = field("sigma", "Standard deviation σ");
    private final RangeInput muSlider = new RangeInput();
    private final RangeInput sigmaSlider = new RangeInput();
    private final TextField a = field("a", "From a");
    private final TextField b = field("b", "To b");
    private final TextField p = field("p", "Percentile p (0 to 1)");
    private final Notice notice = new Notice("normal-notice");
    private final Div curve = new Div();
    private final TextArea data = new TextArea("Your numbers");
    private final Notice dataNotice = new Notice("data-notice");
    private final Div dataResult = new Div();
    private final Select<String> source = new Select<>();
    private final IntegerField n = new IntegerField("Draws per sample n");
    private final IntegerField samples = new IntegerField("Number of samples");
    private final IntegerField seed = new IntegerField("Seed");
    private final Button run = new Button("Run");
    private final Button reseed = new Button("Run with a new seed");
    private final Notice cltNotice = new Notice("clt-notice");
    private final Div clt = new Div();
    private NormalState state;

    public NormalView() {
        addClassName("gb-page");
        slider(muSlider, "mu-slider", "Mean μ", -10, 10, 0.1);
        slider(sigmaSlider, "sigma-slider", "Standard deviation σ", 0.1, 10, 0.1);
        curve.setId("normal-result");
        data.setId("data");
        data.setWidthFull();
        data.setMaxWidth("40rem");
        data.setHelperText("Numbers separated by commas, spaces or new lines; at least two, at most "
                + NumberList.MAX_VALUES + ".");
        dataResult.setId("data-result");
        source.setId("clt-source");
        source.setLabel("Source");
        source.setItems(CentralLimitSampler.Source.keys());
        n.setId("clt-n");
        n.setMin(1);
        n.setMax(CentralLimitSampler.MAX_N);
        n.setStepButtonsVisible(true);
        samples.setId("clt-samples");
        samples.setMin(1);
        samples.setMax(CentralLimitSampler.MAX_SAMPLES);
        seed.setId("clt-seed");
        seed.setMin(0);
        seed.setMax(NormalState.MAX_SEED);
        run.setId("clt-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reseed.setId("clt-reseed");
        clt.setId("clt-result");

        Div curveControls = new Div(mu, muSlider, sigma, sigmaSlider, a, b, p);
        curveControls.addClassName("gb-controls");
        Div cltControls = new Div(source, n, samples, seed, run, reseed);
        cltControls.addClassName("gb-controls");
        add(new H1("The normal distribution"),
                new Paragraph("The normal distribution N(μ, σ²) is the symmetric bell curve: its mean μ sets where the "
                        + "centre is and its standard deviation σ how wide it is. Because it is symmetric with a single "
                        + "peak, its mean, median and mode are the same number, μ. Areas under the curve are "
                        + "probabilities: the whole area is 1."),
                curveControls, notice, curve,
                new H2("Your numbers against the normal curve"),
                new Paragraph("Real data are never exactly normal. A histogram with the normal curve of the same mean and "
                        + "standard deviation, and a Q-Q plot, show how close they come."),
                data, dataNotice, dataResult,
                new H2("The central limit theorem"),
                new Paragraph("Take n independent draws from one source with mean μ and a finite standard deviation σ "
                        + "(the draws are i.i.d.: independent and identically distributed), and compute their mean x̄. "
                        + "Repeat many times. The central limit theorem says that the distribution of x̄ gets closer and "
                        + "closer to a normal distribution with mean μ and standard deviation σ/√n as n grows — whatever "
                        + "the shape of the source. It is a statement about the sample mean, not about the draws "
                        + "themselves: the draws keep the source's shape, and with n = 1 you simply see the source."),
                cltControls, cltNotice, clt);

        for (TextField f : List.of(mu, sigma, a, b, p)) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    goCurve();
                }
            });
        }
        muSlider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                mu.setValue(Charts.plain(e.getValue()));
                goCurve();
            }
        });
        sigmaSlider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                sigma.setValue(Charts.plain(e.getValue()));
                goCurve();
            }
        });
        data.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    ZScoreTable.of(NumberList.parse(e.getValue()), SdKind.POPULATION);
                    navigate(state.withData(e.getValue()));
                } catch (InvalidInputException ex) {
                    dataNotice.show(ex.getMessage());
                }
            }
        });
        run.addClickListener(e -> goSimulation(false));
        reseed.addClickListener(e -> goSimulation(true));
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("10rem");
        return f;
    }

    private static void slider(RangeInput s, String id, String label, double min, double max, double step) {
        s.setId(id);
        s.setMin(min);
        s.setMax(max);
        s.setStep(step);
        s.setAriaLabel(label + " slider");
        s.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        s.addClassName("gb-slider");
    }

    private void goCurve() {
        try {
            NormalState next = state.withCurve(NumberList.parseOne(mu.getValue(), "the mean μ"),
                    NumberList.parseOne(sigma.getValue(), "the standard deviation σ"),
                    NumberList.parseOne(a.getValue(), "the lower end a"), NumberList.parseOne(b.getValue(), "the upper end b"),
                    NumberList.parseOne(p.getValue(), "the percentile p")).validate();
            navigate(next);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private void goSimulation(boolean newSeed) {
        Integer size = n.getValue();
        Integer count = samples.getValue();
        Integer s = seed.getValue();
        if (size == null || size < 1 || size > CentralLimitSampler.MAX_N) {
            cltNotice.show("The number of draws per sample n must be a whole number from 1 to " + CentralLimitSampler.MAX_N + ".");
        } else if (count == null || count < 1 || count > CentralLimitSampler.MAX_SAMPLES) {
            cltNotice.show("The number of samples must be a whole number from 1 to " + CentralLimitSampler.MAX_SAMPLES + ".");
        } else if (s == null || s < 0 || s > NormalState.MAX_SEED) {
            cltNotice.show("The seed must be a whole number from 0 to " + NormalState.MAX_SEED + ".");
        } else {
            long next = newSeed ? (s + 1) % (NormalState.MAX_SEED + 1) : s;
            navigate(state.withSimulation(source.getValue(), size, count, next));
        }
    }

    private void navigate(NormalState next) {
        UI.getCurrent().navigate(NormalView.class, next.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NormalState.Parsed parsed = NormalState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        mu.setValue(Charts.plain(state.mu()));
        sigma.setValue(Charts.plain(state.sigma()));
        muSlider.setValue(Math.max(-10, Math.min(10, state.mu())));
        sigmaSlider.setValue(Math.max(0.1, Math.min(10, state.sigma())));
        a.setValue(Charts.plain(state.a()));
        b.setValue(Charts.plain(state.b()));
        p.setValue(Charts.plain(state.p()));
        data.setValue(state.data());
        source.setValue(state.source());
        n.setValue(state.n());
        samples.setValue(state.samples());
        seed.setValue((int) state.seed());
        if (parsed.problems().isEmpty()) {
            notice.clear();
        } else {
            notice.show(String.join(" ", parsed.problems()));
        }
        showCurve();
        showData();
        showSimulation();
    }

    private void showCurve() {
        curve.removeAll();
        NormalCurve normal = new NormalCurve(state.mu(), state.sigma());
        double prob = normal.probability(state.a(), state.b());
        Paragraph area = new Paragraph("P(" + Charts.n(state.a()) + " ≤ X ≤ " + Charts.n(state.b()) + ") = F(b) − F(a) = "
                + Charts.n(normal.cdf(state.b())) + " − " + Charts.n(normal.cdf(state.a())) + " = " + Charts.n(prob)
                + " (" + ZScoreTable.percent(prob) + "). In z-scores: from z = " + Charts.n(normal.z(state.a()))
                + " to z = " + Charts.n(normal.z(state.b())) + ".");
        area.setId("probability");
        area.addClassName("gb-result");
        Component bell = Charts.bell(normal, state.a(), state.b());
        bell.setId("bell");

        List<List<Object>> rule = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            rule.add(List.<Object>of("μ ± " + k + "σ", state.mu() - k * state.sigma(), state.mu() + k * state.sigma(),
                    normal.withinSigmas(k)));
        }
        Figure empirical = Figure.of(new Value.Table(List.of("interval", "from", "to", "probability (computed)"), rule),
                "The share of a normal distribution within 1, 2 and 3 standard deviations of its mean, computed from "
                        + "the curve.");
        empirical.setId("empirical-rule");

        double x = normal.inverse(state.p());
        Paragraph inverse = new Paragraph("The value below which " + ZScoreTable.percent(state.p())
                + " of this population lies is F⁻¹(" + Charts.n(state.p()) + ") = " + Charts.n(x) + ", which is z = "
                + Charts.n(normal.z(x)) + " standard deviations from the mean.");
        inverse.setId("inverse");
        inverse.addClassName("gb-result");

        double s = state.sigma();
        double m = state.mu();
        Span formula = new Span("f(x) = 1 / (σ√(2π)) · e^(−(x − μ)² / (2σ²))\n"
                + "     = 1 / (" + Charts.n(s) + " · √(2π)) · e^(−(x − " + Charts.n(m) + ")² / (2 · " + Charts.n(s) + "²))\n"
                + "f(a) = f(" + Charts.n(state.a()) + ") = " + Charts.n(normal.pdf(state.a())) + ",  f(b) = f("
                + Charts.n(state.b()) + ") = " + Charts.n(normal.pdf(state.b())) + ",  peak f(μ) = " + Charts.n(normal.pdf(m)));
        formula.setId("formula");
        formula.addClassName("gb-formula");
        formula.getElement().getStyle().set("display", "block");

        curve.add(area, bell, new H2("The 68-95-99.7 rule"), empirical,
                new Paragraph("For every normal distribution, about 68% of the values lie within one standard deviation "
                        + "of the mean, 95% within two and 99.7% within three — the table computes these shares from "
                        + "the curve rather than quoting them. The rule is about normal distributions only: for skewed or "
                        + "heavy-tailed data the shares can be quite different (Chebyshev's inequality guarantees only "
                        + "that at least 75% lie within two standard deviations, for any distribution). And the density "
                        + "f(x) is not a probability: only areas under it are."),
                new H2("Inverse lookup"), inverse,
                new H2("The formula, with your numbers"), formula);
    }

    private void showData() {
        dataResult.removeAll();
        dataNotice.clear();
        try {
            ZScoreTable t = ZScoreTable.of(NumberList.parse(state.data()), SdKind.POPULATION);
            Paragraph summary = new Paragraph("n = " + t.n() + ", mean " + Charts.n(t.mean()) + ", standard deviation "
                    + "(population) " + Charts.n(t.populationSd()) + ". " + withinOne(t));
            summary.setId("data-summary");
            Component histogram = Charts.histogram(t);
            histogram.setId("data-histogram");
            Component qq = Charts.qq(t);
            qq.setId("qq-plot");
            dataResult.add(summary, histogram, new H2("Q-Q plot"), qq);
        } catch (InvalidInputException e) {
            dataNotice.show(e.getMessage());
        }
    }

    private static String withinOne(ZScoreTable t) {
        long inside = t.rows().stream().filter(r -> Math.abs(r.z()) <= 1).count();
        return inside + " of the " + t.n() + " values (" + ZScoreTable.percent((double) inside / t.n())
                + ") lie within one standard deviation of the mean; a normal distribution would have about 68%.";
    }

    private void showSimulation() {
        clt.removeAll();
        cltNotice.clear();
        try {
            CentralLimitSampler.Source src = CentralLimitSampler.Source.byKey(state.source());
            CentralLimitSampler.Run r = CentralLimitSampler.run(src, state.n(), state.samples(), state.seed());
            Paragraph about = new Paragraph("Source: " + src.description() + " Its mean μ = " + Charts.n(r.mu())
                    + " and standard deviation σ = " + Charts.n(r.sigma()) + ".");
            about.setId("clt-source-text");
            Paragraph numbers = new Paragraph("The " + r.samples() + " sample means have mean " + Charts.n(r.meanOfMeans())
                    + " (the theorem: μ = " + Charts.n(r.mu()) + ") and standard deviation " + Charts.n(r.sdOfMeans())
                    + " (the theorem: σ/√n = " + Charts.n(r.sigma()) + " / √" + r.n() + " = "
                    + Charts.n(r.standardError()) + "). Seed " + r.seed() + ": the same seed gives the same draws.");
            numbers.setId("clt-numbers");
            numbers.addClassName("gb-result");
            Component chart = Charts.means(r);
            chart.setId("clt-histogram");
            clt.add(about, numbers, chart, new Paragraph("Try n = 1 to see the source itself, then n = 2, 5, 30: the "
                    + "histogram narrows (by √n) and its shape approaches the bell."));
        } catch (InvalidInputException e) {
            cltNotice.show(e.getMessage());
        }
    }

    /** The home page's card: the standard normal curve with its middle 68% shaded. */
    public static JourneyCard card(String sentence) {
        NormalCurve standard = NormalCurve.standard();
        return new JourneyCard("normal", "Normal distribution",
                "The bell curve: " + ZScoreTable.percent(standard.withinSigmas(1)) + " of it lies within one standard "
                        + "deviation of the mean — and the means of many draws tend towards it.",
                Charts.bell(standard, -1, 1), "normal", NormalState.initial(sentence).toQuery());
    }
}
