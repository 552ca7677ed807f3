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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.stats.GroupComparison;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.stats.WordFeatures;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import java.util.ArrayList;
import java.util.List;

/** Lesson 7: z-scores — how many standard deviations a value lies from the mean, on the learner's own numbers. */
@Route("zscores")
@PageTitle("z-scores — Glassbox")
@Menu(order = 7, title = "z-scores", icon = "vaadin:chart-grid")
public class ZScoresView extends Main implements BeforeEnterObserver {

    private static final String ONE = "One list";
    private static final String TWO = "Two groups (two columns)";

    private final TextArea numbers = new TextArea("Your numbers");
    private final RadioButtonGroup<String> groups = new RadioButtonGroup<>("Groups");
    private final RadioButtonGroup<String> sd = new RadioButtonGroup<>("Standard deviation");
    private final TextField scoreA = new TextField("Score in group A");
    private final TextField scoreB = new TextField("Score in group B");
    private final Button compute = new Button("Compute");
    private final Notice notice = new Notice("zscores-notice");
    private final Div result = new Div();
    private final TraceView trace = new TraceView();
    private final SentenceField sentence = new SentenceField();
    private final Notice sentenceNotice = new Notice("features-notice");
    private final Div features = new Div();
    private ZScoresState state;

    private final LayerNormSection layerNorm;

    public ZScoresView(MiniLmLoader loader) {
        layerNorm = new LayerNormSection(loader, t -> UI.getCurrent().navigate(ZScoresView.class, state.withToken(t).toQuery()));
        addClassName("gb-page");
        numbers.setId("numbers");
        numbers.setWidthFull();
        numbers.setMaxWidth("40rem");
        numbers.setHelperText("Separate numbers by commas, spaces or new lines, with a decimal point (3.5). At most "
                + NumberList.MAX_VALUES + " values. For two groups: one line per row, two numbers per line.");
        groups.setId("groups");
        groups.setItems(ONE, TWO);
        sd.setId("sd-kind");
        sd.setItems(SdKind.keys());
        sd.setItemLabelGenerator(k -> k.equals("population") ? "Population σ (divide by n)" : "Sample s (divide by n − 1)");
        scoreA.setId("score-a");
        scoreB.setId("score-b");
        scoreA.setPlaceholder("highest of A");
        scoreB.setPlaceholder("highest of B");
        scoreA.setHelperText("The score whose z is compared; empty: the group's highest.");
        compute.setId("compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("zscores-result");
        trace.setId("trace");
        features.setId("features");
        Div controls = new Div(groups, sd);
        controls.addClassName("gb-controls");
        Div scores = new Div(scoreA, scoreB, compute);
        scores.addClassName("gb-controls");
        add(new H1("z-scores: how unusual is a value?"),
                new Paragraph("A z-score says how many standard deviations a value lies above or below the mean of its "
                        + "group: z = (x − μ) / σ. z = 0 is exactly the mean, z = 2 is two standard deviations above it, "
                        + "z = −1 one below. Because z has no units, it lets you compare values measured on different "
                        + "scales — a test marked out of 100 and one marked out of 50."),
                numbers, controls, scores, notice, result,
                new H2("From your sentence: features on different scales"),
                new Paragraph("The words of a sentence can be measured in many ways, each on its own scale: a word's "
                        + "length in letters, how many vowels it has, where it stands in the sentence. Raw, these numbers "
                        + "cannot be compared or added up fairly; standardised, each becomes “how unusual for this "
                        + "sentence”, in the same units. Models standardise their inputs and their hidden values for the "
                        + "same reason."),
                sentence, sentenceNotice, features,
                new H2("A transformer standardises too: LayerNorm"),
                new Paragraph("Inside a transformer every token is a long list of numbers — 384 in "
                        + MiniLmEncoder.NAME + ". Before and after each block, layer normalisation turns each token's list "
                        + "into z-scores: subtract the list's mean, divide by its standard deviation. Then it scales and "
                        + "shifts each number by two learned values, γ and β. Below is the very first LayerNorm of the "
                        + "encoder, for one token of your sentence, computed as a z-score table."),
                layerNorm,
                new H2("Step by step"), trace);
        numbers.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withValues(e.getValue()));
            }
        });
        groups.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withGroups(TWO.equals(e.getValue()) ? 2 : 1));
            }
        });
        sd.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSd(SdKind.byKey(e.getValue())));
            }
        });
        scoreA.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withScores(e.getValue(), scoreB.getValue()));
            }
        });
        scoreB.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withScores(scoreA.getValue(), e.getValue()));
            }
        });
        compute.addClickListener(e -> go(state.withValues(numbers.getValue())
                .withScores(scoreA.getValue(), scoreB.getValue())));
        sentence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    LearnerText.require(e.getValue());
                    UI.getCurrent().navigate(ZScoresView.class, state.withSentence(e.getValue()).toQuery());
                } catch (InvalidInputException ex) {
                    sentenceNotice.show(ex.getMessage());
                }
            }
        });
    }

    /** Goes to {@code next} only if its numbers can be read; otherwise says why and keeps the URL as it was. */
    private void go(ZScoresState next) {
        try {
            compute(next);
            UI.getCurrent().navigate(ZScoresView.class, next.toQuery());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    /** Everything the lesson shows for a state, computed before anything is drawn. */
    record Computed(ZScoreTable a, ZScoreTable b, GroupComparison comparison) {
    }

    static Computed compute(ZScoresState s) {
        if (s.groups() == 1) {
            return new Computed(ZScoreTable.of(NumberList.parse(s.values()), s.sd()), null, null);
        }
        double[][] columns = NumberList.parseColumns(s.values());
        ZScoreTable a = group(columns[0], s.sd(), "A");
        ZScoreTable b = group(columns[1], s.sd(), "B");
        double xa = s.scoreA().isBlank() ? max(columns[0]) : NumberList.parseOne(s.scoreA(), "the score in group A");
        double xb = s.scoreB().isBlank() ? max(columns[1]) : NumberList.parseOne(s.scoreB(), "the score in group B");
        return new Computed(a, b, GroupComparison.of(a, xa, b, xb));
    }

    private static ZScoreTable group(double[] x, SdKind kind, String name) {
        try {
            return ZScoreTable.of(x, kind);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("Group " + name + ": " + e.getMessage());
        }
    }

    private static double max(double[] x) {
        double m = x[0];
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ZScoresState.Parsed parsed = ZScoresState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        numbers.setValue(state.values());
        groups.setValue(state.groups() == 2 ? TWO : ONE);
        sd.setValue(state.sd().key());
        scoreA.setValue(state.scoreA());
        scoreB.setValue(state.scoreB());
        scoreA.setVisible(state.groups() == 2);
        scoreB.setVisible(state.groups() == 2);
        numbers.setMinRows(state.groups() == 2 ? 6 : 2);
        sentence.setValue(state.sentence());
        result.removeAll();
        trace.removeAll();
        if (parsed.problems().isEmpty()) {
            notice.clear();
        } else {
            notice.show(String.join(" ", parsed.problems()));
        }
        try {
            Computed c = compute(state);
            showGroups(c);
            trace.show(c.a().trace());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
        showFeatures(state.sentence());
        layerNorm.show(state.sentence(), state.token());
    }

    private void showGroups(Computed c) {
        ZScoreTable a = c.a();
        if (c.b() == null) {
            result.add(summary(a, "zscores-summary", null), table(a, "zscore-table"));
        } else {
            result.add(new H2("Group A"), summary(a, "zscores-summary", "A"), table(a, "zscore-table"),
                    new H2("Group B"), summary(c.b(), "zscores-summary-b", "B"), table(c.b(), "zscore-table-b"),
                    comparison(c.comparison()));
        }
        Component dots = Charts.dots(a, c.b());
        dots.setId("dot-plot");
        result.add(new H2("On the z axis"), dots, new H2("Population or sample?"), sdNote(a));
    }

    private static Paragraph summary(ZScoreTable t, String id, String group) {
        Paragraph p = new Paragraph((group == null ? "" : "Group " + group + ": ") + "n = " + t.n() + " values, mean μ = "
                + Charts.n(t.mean()) + ", population σ = " + Charts.n(t.populationSd()) + ", sample s = "
                + Charts.n(t.sampleSd()) + ". The z-scores below divide by the "
                + (t.kind() == SdKind.POPULATION ? "population σ." : "sample s."));
        p.setId(id);
        p.addClassName("gb-result");
        return p;
    }

    private static Paragraph sdNote(ZScoreTable t) {
        Paragraph p = new Paragraph("Use the population σ (divide by n) when these values are the "
                + "whole group you care about — every student of this class. Use the sample s (divide by n − 1) when "
                + "they are a sample from a larger population and you want to estimate that population's spread: the "
                + "deviations are measured from the sample's own mean, which sits closer to the values than the true "
                + "mean, so dividing by n would come out too small on average. Here s / σ = √(n / (n − 1)) = "
                + Charts.n(t.sampleSd() / t.populationSd()) + "; the difference shrinks as n grows.");
        p.setId("sd-note");
        return p;
    }

    private static Figure table(ZScoreTable t, String id) {
        List<List<Object>> rows = new ArrayList<>();
        for (ZScoreTable.Row r : t.rows()) {
            rows.add(List.<Object>of(r.value(), r.deviation(), r.z(), r.percentile(), ZScoreTable.reading(r.z())));
        }
        Value.Table value = new Value.Table(List.of("value x", "deviation x − μ", "z", "percentile Φ(z)", "reading"), rows);
        Figure f = Figure.of(value, "The " + t.n() + " values with their deviation from the mean, z-score and "
                + "percentile, and what each z means.");
        f.setId(id);
        return f;
    }

    private static Paragraph comparison(GroupComparison c) {
        String verdict = switch (c.moreRemarkable()) {
            case A -> "The score in group A is the more remarkable: it lies further from its own group's mean, counted "
                    + "in its own group's standard deviations.";
            case B -> "The score in group B is the more remarkable: it lies further from its own group's mean, counted "
                    + "in its own group's standard deviations.";
            case TIE -> "The two scores are equally remarkable: they lie equally many standard deviations from their "
                    + "groups' means.";
        };
        Paragraph p = new Paragraph("Which is more remarkable? In group A, " + Charts.n(c.scoreA()) + " has z = "
                + Charts.n(c.zA()) + " (" + ZScoreTable.reading(c.zA()) + "). In group B, " + Charts.n(c.scoreB())
                + " has z = " + Charts.n(c.zB()) + " (" + ZScoreTable.reading(c.zB()) + "). " + verdict
                + " The raw scores cannot answer this: the groups use different scales.");
        p.setId("comparison");
        p.addClassName("gb-result");
        return p;
    }

    private void showFeatures(String text) {
        features.removeAll();
        sentenceNotice.clear();
        try {
            List<String> words = words(LearnerText.require(text));
            if (words.size() < 2) {
                sentenceNotice.show("The sentence has fewer than two words, so its features cannot be standardised; "
                        + "please type a longer sentence.");
                return;
            }
            WordFeatures wf = WordFeatures.of(words);
            List<String> columns = new ArrayList<>(List.of("word"));
            for (WordFeatures.Feature f : wf.features()) {
                columns.add(f.name());
                columns.add("z");
            }
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                List<Object> row = new ArrayList<>(List.of(words.get(i)));
                for (WordFeatures.Feature f : wf.features()) {
                    row.add(f.values()[i]);
                    row.add(f.table() == null ? "—" : f.table().rows().get(i).z());
                }
                rows.add(row);
            }
            Figure figure = Figure.of(new Value.Table(columns, rows), "Each word's length, vowels and position, raw and "
                    + "standardised within this sentence (population σ).");
            figure.setId("feature-table");
            features.add(figure);
            List<String> notes = new ArrayList<>();
            for (WordFeatures.Feature f : wf.features()) {
                if (f.table() == null) {
                    notes.add(f.name() + ": " + f.problem());
                } else {
                    notes.add(f.name() + ": μ = " + Charts.n(f.table().mean()) + ", σ = " + Charts.n(f.table().sd()));
                }
            }
            features.add(new Paragraph(String.join("; ", notes) + "."));
        } catch (InvalidInputException e) {
            sentenceNotice.show(e.getMessage());
        }
    }

    /** The sentence's words: word-tokenizer tokens with at least one letter or digit. */
    static List<String> words(String text) {
        return new WordTokenizer().encode(text).stream().map(Token::text)
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /** The home page's card: the sentence's word lengths as z-scores. */
    public static JourneyCard card(String sentence) {
        List<String> words = words(sentence);
        String description;
        Component preview;
        WordFeatures.Feature length = words.size() >= 2 ? WordFeatures.of(words).features().getFirst() : null;
        if (length != null && length.table() != null) {
            ZScoreTable t = length.table();
            int longest = 0;
            for (int i = 1; i < words.size(); i++) {
                if (t.rows().get(i).z() > t.rows().get(longest).z()) {
                    longest = i;
                }
            }
            description = "Standardise the word lengths: “" + words.get(longest) + "” is the longest, z = "
                    + Charts.n(t.rows().get(longest).z()) + " standard deviations above the mean length "
                    + Charts.n(t.mean()) + ".";
            preview = Charts.dots(t, null);
        } else {
            description = "Standardise numbers: how many standard deviations each lies from the mean.";
            preview = new Paragraph("z = (x − μ) / σ");
        }
        ZScoresState open = length != null && length.table() != null
                ? new ZScoresState(sentence, java.util.Arrays.stream(length.values()).mapToObj(Charts::plain)
                        .collect(java.util.stream.Collectors.joining(", ")), 1, SdKind.POPULATION, "", "", ZScoresState.DEFAULT_TOKEN)
                : ZScoresState.initial(sentence);
        return new JourneyCard("zscores", "z-scores", description, preview, "zscores", open.toQuery());
    }
}
