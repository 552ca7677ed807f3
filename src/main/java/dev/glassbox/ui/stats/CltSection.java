package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.ViewCompute;
import java.util.function.Consumer;

/** The central limit theorem by simulation: source, n, number of samples and seed, and the histogram of the means. */
class CltSection extends Div {

    private final Select<String> source = new Select<>();
    private final TextField n = field("clt-n", "Draws per sample n", "1 to " + CentralLimitSampler.MAX_N);
    private final TextField samples = field("clt-samples", "Number of samples", "1 to " + CentralLimitSampler.MAX_SAMPLES);
    private final TextField seed = field("clt-seed", "Seed", "0 to " + CentralLimitSampler.MAX_SEED);
    private final Button run = new Button("Run");
    private final Button reseed = new Button("Run with a new seed");
    private final Notice notice = new Notice("clt-notice");
    private final Div result = new Div();
    private final Consumer<NormalState> go;
    private NormalState state;

    CltSection(Consumer<NormalState> go) {
        this.go = go;
        setId("clt-section");
        source.setId("clt-source");
        source.setLabel("Source");
        source.setItems(CentralLimitSampler.Source.keys());
        run.setId("clt-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reseed.setId("clt-reseed");
        result.setId("clt-result");
        Div controls = new Div(source, n, samples, seed, run, reseed);
        controls.addClassName("gb-controls");
        add(new Prose("normal", "clt"), controls, notice, result);
        run.addClickListener(e -> attempt(false));
        reseed.addClickListener(e -> attempt(true));
    }

    private static TextField field(String id, String label, String range) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("10rem");
        f.setHelperText("A whole number, " + range + ".");
        return f;
    }

    /** Reads the boxes as typed: a value out of range or not whole gets its sentence, and the old run goes. */
    private void attempt(boolean newSeed) {
        try {
            int size = CentralLimitSampler.wholeNumber(n.getValue(), 1, CentralLimitSampler.MAX_N,
                    "The number of draws per sample n");
            int count = CentralLimitSampler.wholeNumber(samples.getValue(), 1, CentralLimitSampler.MAX_SAMPLES,
                    "The number of samples");
            int s = CentralLimitSampler.wholeNumber(seed.getValue(), 0, CentralLimitSampler.MAX_SEED, "The seed");
            long next = newSeed ? (s + 1L) % (CentralLimitSampler.MAX_SEED + 1L) : s;
            go.accept(state.withSimulation(source.getValue(), size, count, next));
        } catch (InvalidInputException e) {
            result.removeAll();
            notice.show(e.getMessage());
        }
    }

    void show(NormalState s) {
        state = s;
        source.setValue(s.source());
        n.setValue(String.valueOf(s.n()));
        samples.setValue(String.valueOf(s.samples()));
        seed.setValue(String.valueOf(s.seed()));
        result.removeAll();
        notice.clear();
        try {
            CentralLimitSampler.Source src = CentralLimitSampler.Source.byKey(s.source());
            CentralLimitSampler.Run r = ViewCompute.run(() -> CentralLimitSampler.run(src, s.n(), s.samples(), s.seed()));
            Paragraph about = new Paragraph("Source: " + src.description() + " Its mean μ = " + Summaries.number(r.mu())
                    + ", standard deviation σ = " + Summaries.number(r.sigma()) + " and skewness γ = "
                    + Summaries.number(src.skewness()) + ".");
            about.setId("clt-source-text");
            Paragraph numbers = new Paragraph("The " + r.samples() + " sample means have mean "
                    + Summaries.number(r.meanOfMeans())
                    + " and standard deviation " + Summaries.number(r.sdOfMeans())
                    + ". For every n, not only large ones, the "
                    + "distribution of x̄ has mean exactly E[x̄] = μ = " + Summaries.number(r.mu())
                    + " and standard deviation "
                    + "exactly σ/√n = " + Summaries.number(r.sigma()) + " / √" + r.n() + " = "
                    + Summaries.number(r.standardError())
                    + "; the simulated numbers differ from these by chance only. Seed " + r.seed()
                    + ": the same seed gives the same draws.");
            numbers.setId("clt-numbers");
            numbers.addClassName("gb-result");
            Paragraph shape = new Paragraph(r.samples() < 3 ? "With fewer than three samples there is no shape to measure."
                    : "The shape, which is what the central limit theorem is about: the skewness of the means is "
                            + Summaries.number(r.skewnessOfMeans()) + " (exactly γ / √n = "
                            + Summaries.number(r.expectedSkewness())
                            + " in theory; a normal curve has 0).");
            shape.setId("clt-shape");
            shape.addClassName("gb-result");
            Component chart = Charts.means(r);
            chart.setId("clt-histogram");
            result.add(about, numbers, shape, chart, new Prose("normal", "clt-try"));
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }
}
