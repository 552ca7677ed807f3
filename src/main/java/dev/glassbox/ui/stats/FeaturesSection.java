package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.stats.FeatureScaling;
import dev.glassbox.model.stats.WordFeatures;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Notice;
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
            WordFeatures wf = WordFeatures.ofText(LearnerText.require(text));
            if (wf.words().size() < 2) {
                notice.show("The sentence has fewer than two words, so its features cannot be standardised; "
                        + "please type a longer sentence.");
                return;
            }
            features.add(table(wf), notes(wf));
            features.add(scaling(wf));
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private static Figure table(WordFeatures wf) {
        List<String> columns = new ArrayList<>(List.of("word"));
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
        Figure figure = Figure.of(new Value.Table(columns, rows), "Each word's length, vowels and position, raw and "
                + "standardised within this sentence (population σ).");
        figure.setId("feature-table");
        return figure;
    }

    private static Paragraph notes(WordFeatures wf) {
        List<String> notes = new ArrayList<>();
        for (WordFeatures.Feature f : wf.features()) {
            notes.add(f.table() == null ? f.name() + ": " + f.problem()
                    : f.name() + ": μ = " + Summaries.number(f.table().mean()) + ", σ = " + Summaries.number(f.table().sd()));
        }
        return new Paragraph(String.join("; ", notes) + ".");
    }

    /** The gradient-descent comparison: length predicted from vowels and position, raw against standardised. */
    private static Component scaling(WordFeatures wf) {
        FeatureScaling.Result r = FeatureScaling.ofWords(wf);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("raw inputs", r.raw()));
        rows.add(row("standardised inputs (z-scores)", r.standardised()));
        List<String> columns = new ArrayList<>(List.of("inputs", "condition number κ", "step size η", "steps to converge"));
        FeatureScaling.CHECKPOINTS.forEach(k -> columns.add("error after " + k + (k == 1 ? " step" : " steps")));
        Figure figure = Figure.of(new Value.Table(columns, rows), "Gradient descent on the same words, raw against "
                + "standardised inputs: the steps each needs and the error along the way.");
        figure.setId("scaling-table");
        String uses = r.inputs().size() == 2 ? "vowels and position" : r.inputs().getFirst() + " only (the other input "
                + "does not vary in this sentence)";
        Paragraph verdict = new Paragraph("Predicting length from " + uses + ": on the raw inputs gradient descent needs "
                + steps(r.raw()) + "; on the standardised inputs " + steps(r.standardised()) + ". Both reach the same "
                + "best error, " + Summaries.number(r.raw().bestLoss()) + " and " + Summaries.number(r.standardised().bestLoss())
                + " (half the mean squared error).");
        verdict.setId("scaling-verdict");
        verdict.addClassName("gb-result");
        Div section = new Div(new H3("Does standardising help a model learn?"), new Prose("zscores", "scaling"), verdict,
                figure, new Prose("zscores", "scaling-why"));
        section.setId("scaling");
        return section;
    }

    private static List<Object> row(String name, FeatureScaling.Run run) {
        List<Object> row = new ArrayList<>(List.of(name, Double.isInfinite(run.condition()) ? "∞" : run.condition(),
                run.rate(), run.converged() ? (Object) (double) run.steps() : "more than " + FeatureScaling.MAX_STEPS));
        row.addAll(run.losses());
        return row;
    }

    private static String steps(FeatureScaling.Run run) {
        return run.converged() ? run.steps() + (run.steps() == 1 ? " step" : " steps")
                : "more than " + FeatureScaling.MAX_STEPS + " steps (it stopped there)";
    }
}
