package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.ViewCompute;
import java.util.function.Consumer;

/** The central limit theorem by simulation: source, n, number of samples and seed, and the histogram of the means. */
class CltSection extends Div {

    private final Select<String> source = new Select<>();
    private final TextField n = field("clt-n", Say.normal("n-label"), 1, CentralLimitSampler.MAX_N);
    private final TextField samples = field("clt-samples", Say.normal("samples-label"), 1, CentralLimitSampler.MAX_SAMPLES);
    private final TextField seed = field("clt-seed", Say.normal("seed-label"), 0, CentralLimitSampler.MAX_SEED);
    private final Button run = new Button(Say.normal("run"));
    private final Button reseed = new Button(Say.normal("reseed"));
    private final Notice notice = new Notice("clt-notice");
    private final Div result = new Div();
    private final Consumer<NormalState> go;
    private NormalState state;

    CltSection(Consumer<NormalState> go) {
        this.go = go;
        setId("clt-section");
        source.setId("clt-source");
        source.setLabel(Say.normal("source-label"));
        source.setItems(CentralLimitSampler.Source.keys());
        source.setItemLabelGenerator(k -> CentralLimitSampler.Source.byKey(k).label(PageLanguage.current()));
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

    private static TextField field(String id, String label, int min, int max) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("10rem");
        f.setHelperText(Say.normal("whole-help", "min", min, "max", max));
        return f;
    }

    /** Reads the boxes as typed: a value out of range or not whole gets its sentence, and the old run goes. */
    private void attempt(boolean newSeed) {
        try {
            Language language = PageLanguage.current();
            int size = CentralLimitSampler.wholeNumber(n.getValue(), 1, CentralLimitSampler.MAX_N,
                    Say.normal("name-n"), language);
            int count = CentralLimitSampler.wholeNumber(samples.getValue(), 1, CentralLimitSampler.MAX_SAMPLES,
                    Say.normal("name-samples"), language);
            int s = CentralLimitSampler.wholeNumber(seed.getValue(), 0, CentralLimitSampler.MAX_SEED,
                    Say.normal("name-seed"), language);
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
            Paragraph about = new Paragraph(Say.normal("clt-about", "description",
                    src.description(PageLanguage.current()), "mu", Summaries.number(r.mu()),
                    "sigma", Summaries.number(r.sigma()), "skewness", Summaries.number(src.skewness())));
            about.setId("clt-source-text");
            Paragraph numbers = new Paragraph(Say.normal("clt-numbers", "samples", r.samples(),
                    "mean", Summaries.number(r.meanOfMeans()), "sd", Summaries.number(r.sdOfMeans()),
                    "mu", Summaries.number(r.mu()), "sigma", Summaries.number(r.sigma()), "n", r.n(),
                    "error", Summaries.number(r.standardError()), "seed", r.seed()));
            numbers.setId("clt-numbers");
            numbers.addClassName("gb-result");
            Paragraph shape = new Paragraph(r.samples() < 3 ? Say.normal("clt-shape-few")
                    : Say.normal("clt-shape", "skewness", Summaries.number(r.skewnessOfMeans()),
                            "expected", Summaries.number(r.expectedSkewness())));
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
