package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.stats.FeatureScaling;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.stats.WordFeatures;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The sentence's words measured on three scales, standardised, and what standardising does for a model that learns. */
class FeaturesSection extends Div {

    private final SentenceField sentence = new SentenceField();
    private final Notice notice = new Notice("features-notice");
    private final Div features = new Div();

    /** {@code go} receives a new sentence the learner typed (already checked against the limits). */
    FeaturesSection(Consumer<String> go) {
        setId("features-section");
        features.setId("features");
        add(new Prose("zscores", "features"), sentence, notice, features);
        sentence.onSentence(go, problem -> {
            features.removeAll();
            notice.show(problem);
        });
    }

    void show(String text) {
        sentence.setValue(text);
        features.removeAll();
        notice.clear();
        try {
            WordFeatures wf = WordFeatures.ofText(LearnerText.require(text), PageLanguage.current());
            if (wf.words().size() < 2) {
                notice.show(Say.zscores("features-too-few"));
                return;
            }
            features.add(table(wf), notes(wf));
            features.add(scaling(wf));
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private static Figure table(WordFeatures wf) {
        List<String> columns = new ArrayList<>(List.of(Say.zscores("col-word")));
        for (WordFeatures.Feature f : wf.features()) {
            columns.add(f.name());
            columns.add("z");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < wf.words().size(); i++) {
            List<Object> row = new ArrayList<>(List.of(wf.words().get(i)));
            for (WordFeatures.Feature f : wf.features()) {
                row.add(f.values()[i]);
                row.add(f.table() == null ? "—" : f.table().rows().get(i).z());
            }
            rows.add(row);
        }
        Figure figure = Figure.of(new Value.Table(columns, rows), Say.zscores("feature-table-summary"));
        figure.setId("feature-table");
        return figure;
    }

    private static Paragraph notes(WordFeatures wf) {
        List<String> notes = new ArrayList<>();
        for (WordFeatures.Feature f : wf.features()) {
            notes.add(f.table() == null ? Say.zscores("feature-note-problem", "name", f.name(),
                    "problem", f.problem())
                    : Say.zscores("feature-note", "name", f.name(), "mean", Summaries.number(f.table().mean()),
                            "sd", Summaries.number(f.table().sd())));
        }
        return new Paragraph(String.join("; ", notes) + ".");
    }

    /** The gradient-descent comparison: length predicted from vowels and position, raw against standardised. */
    private static Component scaling(WordFeatures wf) {
        FeatureScaling.Result r = FeatureScaling.ofWords(wf);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(Say.zscores("scaling-raw"), r.raw()));
        rows.add(row(Say.zscores("scaling-standardised"), r.standardised()));
        List<String> columns = new ArrayList<>(List.of(Say.zscores("col-inputs"), Say.zscores("col-condition"),
                Say.zscores("col-rate"), Say.zscores("col-steps")));
        FeatureScaling.CHECKPOINTS.forEach(k -> columns.add(Say.zscores(k == 1 ? "col-error-one" : "col-error-other", "k", k)));
        Figure figure = Figure.of(new Value.Table(columns, rows), Say.zscores("scaling-summary"));
        figure.setId("scaling-table");
        String uses = r.inputs().size() == 2 ? Say.zscores("uses-both")
                : Say.zscores("uses-one", "input", r.inputs().getFirst());
        Paragraph verdict = new Paragraph(Say.zscores("scaling-verdict", "uses", uses, "raw", steps(r.raw()),
                "standardised", steps(r.standardised()), "a", Summaries.number(r.raw().bestLoss()),
                "b", Summaries.number(r.standardised().bestLoss())));
        verdict.setId("scaling-verdict");
        verdict.addClassName("gb-result");
        Div section = new Div(new H3(Say.zscores("scaling-heading")), new Prose("zscores", "scaling"), verdict,
                figure, new Prose("zscores", "scaling-why"));
        section.setId("scaling");
        return section;
    }

    private static List<Object> row(String name, FeatureScaling.Run run) {
        List<Object> row = new ArrayList<>(List.of(name, Double.isInfinite(run.condition()) ? "∞" : run.condition(),
                run.rate(), run.converged() ? (Object) (double) run.steps() : Say.zscores("more-than", "max", FeatureScaling.MAX_STEPS)));
        row.addAll(run.losses());
        return row;
    }

    private static String steps(FeatureScaling.Run run) {
        return run.converged() ? Say.zscores(run.steps() == 1 ? "steps-one" : "steps-other", "n", run.steps())
                : Say.zscores("steps-more", "max", FeatureScaling.MAX_STEPS);
    }
}
