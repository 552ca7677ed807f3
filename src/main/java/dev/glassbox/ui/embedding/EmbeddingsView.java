package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.PcaProjection;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordMap;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Scatter;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lesson 2: each word becomes a vector of 100 numbers, and similar words point the same way. */
@Route("embeddings")
@StyleSheet("context://frontend/embeddings.css")
@PageTitle("Embeddings — Glassbox")
@Menu(order = 2, title = "Embeddings", icon = "vaadin:cluster")
public class EmbeddingsView extends Main implements BeforeEnterObserver {

    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("embeddings-notice");
    private final Paragraph counts = new Paragraph();
    private final Div vectors = new Div();
    private final Select<String> word = new Select<>();
    private final IntegerField k = new IntegerField("Neighbours (k)");
    private final Div wordDetail = new Div();
    private final Div similarity = new Div();
    private final Div map = new Div();
    private final TextField a = new TextField("Start from");
    private final TextField b = new TextField("take away");
    private final TextField c = new TextField("add");
    private final Notice analogyNotice = new Notice("analogy-notice");
    private final Paragraph analogyAnswer = new Paragraph();
    private final TraceView analogyTrace = new TraceView();
    private final TraceView steps = new TraceView();
    private final Div lesson = new Div();
    private EmbeddingsState state;

    private final ContextualSection contextual;

    public EmbeddingsView(MiniLmLoader loader) {
        contextual = new ContextualSection(loader, next -> go(state.withContext(next), notice));
        addClassName("gb-page");
        counts.setId("embedding-counts");
        vectors.setId("vectors");
        word.setId("word");
        word.setLabel("Word");
        k.setId("k");
        k.setMin(1);
        k.setMax(NearestNeighbours.MAX_K);
        k.setStepButtonsVisible(true);
        k.setHelperText("1 to " + NearestNeighbours.MAX_K);
        wordDetail.setId("word-detail");
        similarity.setId("similarity");
        map.setId("map");
        a.setId("analogy-a");
        b.setId("analogy-b");
        c.setId("analogy-c");
        analogyAnswer.setId("analogy-answer");
        analogyAnswer.addClassName("gb-analogy-answer");
        analogyTrace.setId("analogy-trace");
        steps.setId("trace");
        Button solve = new Button("Solve", e -> solveAnalogy());
        solve.setId("analogy-solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div wordControls = new Div(word, k);
        wordControls.addClassName("gb-controls");
        Div analogyControls = new Div(a, new Span("−"), b, new Span("+"), c, solve);
        analogyControls.addClassName("gb-controls");
        solve.addClickShortcut(Key.ENTER).listenOn(analogyControls);

        lesson.add(counts, vectors,
                new H2("One word up close"),
                new Paragraph("Pick a word of your sentence to see its 100 numbers as a strip of colours (hover or use the "
                        + "arrow keys to read each number) and the words whose vectors are closest to it. “Close” means "
                        + "pointing the same way: the cosine of the angle between two vectors is 1 when they point the "
                        + "same way, 0 when they have nothing in common and negative when they point apart."),
                wordControls, wordDetail,
                new H2("How similar are your sentence's words?"),
                new Paragraph("Every pair of words, compared by cosine similarity. Words that appear in similar places in "
                        + "text — “cat” and “dog”, “monday” and “tuesday” — have similar vectors. A word that occurs twice "
                        + "gets the very same vector both times, so its cosine with itself is exactly 1."),
                similarity,
                new H2("A map of your sentence"),
                new Paragraph("A screen has two dimensions and these vectors have 100, so the map below flattens them. "
                        + "Principal component analysis (PCA) finds the direction in which the words' vectors differ the "
                        + "most and makes it the horizontal axis; the vertical axis is the direction of most remaining "
                        + "difference at a right angle to it. Each word is then placed by how far it lies along those two "
                        + "directions. The map shows your sentence's words and three nearest neighbours of each; it keeps "
                        + "only part of the picture, and the step list below says how much."),
                map);
        add(new H1("Embeddings: words as points in space"),
                new Paragraph("A model cannot compute with letters, so every word in its vocabulary gets a list of numbers "
                        + "— a vector. Here each word has 100 numbers, learned by GloVe from 6 billion words of Wikipedia "
                        + "and news text. Nobody chose what the numbers mean: they were fitted so that words used in "
                        + "similar company get similar vectors, which turns “similar meaning” into “nearby in space”."),
                field, notice, lesson,
                new H2("Word arithmetic"),
                new Paragraph("Directions in this space can carry meaning. Take the vector of “king”, subtract “man” and "
                        + "add “woman”: the word nearest to the result is “queen”. The arithmetic is done number by "
                        + "number, and the answer is the nearest word other than the three you typed."),
                analogyControls, analogyNotice, analogyAnswer, analogyTrace,
                new H2("What a static embedding cannot do"),
                new Paragraph("These vectors are static: one vector per word, whatever the sentence. “Bank” has the same "
                        + "100 numbers in “the river bank” and in “the bank account”, so its vector is a blend of every "
                        + "sense, pulled mostly toward the commonest one in the training text (its nearest neighbours are "
                        + "“banks”, “banking” and “credit”, not “river”). Telling the senses apart needs a model that "
                        + "reads the words around each word and gives each occurrence its own vector."),
                new H2("Static vs contextual: the same word in two sentences"),
                new Paragraph("A transformer does exactly that. The encoder of the attention lesson (" + MiniLmEncoder.NAME
                        + ") reads each whole sentence and outputs one vector of 384 numbers per token, built from the "
                        + "word and its neighbours. Type a word and two sentences that use it in different senses: the "
                        + "static vector is one point, the contextual vectors are two, and their cosine shows how far "
                        + "context moved them."),
                contextual,
                new H2("Step by step"), steps);

        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSentence(e.getValue()), notice);
            }
        });
        word.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state.withWord(e.getValue()), notice);
            }
        });
        k.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Integer n = e.getValue();
                if (n == null || n < 1 || n > NearestNeighbours.MAX_K) {
                    notice.show("The number of neighbours must be a whole number from 1 to " + NearestNeighbours.MAX_K + ".");
                } else {
                    go(state.withK(n), notice);
                }
            }
        });
    }

    private void solveAnalogy() {
        try {
            Analogy.solve(GloveVectors.shared(), a.getValue(), b.getValue(), c.getValue(), state.k());
            go(state.withAnalogy(a.getValue().strip(), b.getValue().strip(), c.getValue().strip()), analogyNotice);
        } catch (InvalidInputException e) {
            analogyNotice.show(e.getMessage());
        }
    }

    private void go(EmbeddingsState next, Notice where) {
        try {
            LearnerText.require(next.sentence());
            UI.getCurrent().navigate(EmbeddingsView.class, next.toQuery());
        } catch (InvalidInputException e) {
            where.show(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EmbeddingsState.Parsed parsed = EmbeddingsState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        List<String> problems = new ArrayList<>(parsed.problems());
        field.setValue(state.sentence());
        k.setValue(state.k());
        a.setValue(state.a());
        b.setValue(state.b());
        c.setValue(state.c());
        GloveVectors glove = GloveVectors.shared();
        renderSentence(glove, problems);
        renderAnalogy(glove);
        contextual.show(state.context());
    }

    private void renderSentence(GloveVectors glove, List<String> problems) {
        vectors.removeAll();
        wordDetail.removeAll();
        similarity.removeAll();
        map.removeAll();
        steps.removeAll();
        counts.setText("");
        lesson.setVisible(false);
        SentenceVectors.Result sv;
        try {
            sv = SentenceVectors.of(glove, state.sentence());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            return;
        }
        if (sv.known().isEmpty()) {
            problems.add("None of the sentence's words is among the " + String.format(Locale.ROOT, "%,d", glove.size())
                    + " words that have a vector here; try ordinary English words.");
            show(problems);
            steps.show(sv.trace());
            return;
        }
        lesson.setVisible(true);
        List<String> distinct = sv.distinct().stream().map(WordVector::word).toList();
        String selected = state.word() == null ? null : state.word().strip().toLowerCase(Locale.ROOT);
        if (selected != null && !distinct.contains(selected)) {
            problems.add("The link's word is not one of this sentence's words with a vector; showing “" + distinct.get(0)
                    + "” instead.");
            selected = null;
        }
        if (selected == null) {
            selected = distinct.get(0);
        }
        show(problems);

        StringBuilder line = new StringBuilder(sv.entries().size() + " words; " + sv.known().size() + " have a vector");
        if (!sv.unknown().isEmpty()) {
            line.append("; not in the vocabulary: ").append(String.join(", ", sv.unknown().stream().map(w -> "“" + w + "”").toList()));
        }
        line.append(". Punctuation is left out.");
        if (sv.skipped() > 0) {
            line.append(" This lesson reads the first ").append(SentenceVectors.MAX_WORDS).append(" words; the other ")
                    .append(sv.skipped()).append(" are left out.");
        }
        counts.setText(line.toString());
        // one heat strip per distinct word, all on the same colour scale so that colours compare across words
        List<WordVector> distinctVectors = sv.distinct();
        double[][] rows = new double[distinctVectors.size()][]; // (n, d)
        for (int i = 0; i < rows.length; i++) {
            rows[i] = distinctVectors.get(i).values();
        }
        vectors.add(strips(new Value.Matrix(rows, distinct, NearestNeighbours.dimensionLabels(glove.dimensions()))));

        // one word up close
        word.setItems(distinct);
        word.setValue(selected);
        WordVector chosen = glove.lookup(selected);
        NearestNeighbours.Result nn = NearestNeighbours.of(glove, chosen, state.k());
        wordDetail.add(Figure.of(new Value.Vector(chosen.values(), NearestNeighbours.dimensionLabels(chosen.dimensions())),
                        "The 100 numbers of “" + chosen.word() + "” (row " + (chosen.rank() + 1) + " of the vocabulary; length "
                                + String.format(Locale.ROOT, "%.3f", chosen.norm()) + ").").digits(4),
                neighboursFigure(nn, chosen));

        // similarity matrix
        Trace sim = CosineSimilarity.matrix(sv.known());
        similarity.add(Figure.of(sim.step(CosineSimilarity.MATRIX).value(),
                "Cosine similarity of every pair of the sentence's words with a vector: lighter is more similar.")
                .axes("word", "word").digits(3));

        // the map
        WordMap.Result wm = WordMap.of(glove, sv.distinct());
        List<Scatter.Point> points = wm.points().stream()
                .map(p -> new Scatter.Point(p.word(), p.neighbourOf() == null ? 0 : 1,
                        p.neighbourOf() == null ? "sentence word" : "neighbour of " + p.neighbourOf(), p.x(), p.y()))
                .toList();
        double[] ex = wm.projection().explained();
        String share = String.format(Locale.ROOT, "Axis 1 keeps %.1f%% of the spread of these %d words and axis 2 keeps %.1f%%.",
                100 * ex[0], points.size(), 100 * ex[1]);
        Scatter scatter = new Scatter(points, String.format(Locale.ROOT, "axis 1 (%.1f%%)", 100 * ex[0]),
                String.format(Locale.ROOT, "axis 2 (%.1f%%)", 100 * ex[1]), List.of("your sentence's words", "their neighbours"),
                "Your sentence's " + sv.distinct().size() + " words and their neighbours, flattened to two dimensions. " + share);
        scatter.setId("word-map");
        Paragraph explained = new Paragraph(share);
        explained.setId("map-explained");
        map.add(scatter, explained);

        // step by step: the sentence, the chosen word's neighbours, the map's PCA
        Trace.Builder all = Trace.builder();
        sv.trace().steps().forEach(all::add);
        all.add(sim.step(CosineSimilarity.MATRIX));
        nn.trace().steps().forEach(all::add);
        wm.projection().trace().steps().forEach(all::add);
        steps.show(all.build(), step -> switch (step.id()) {
            case CosineSimilarity.MATRIX -> Figure.of(step.value()).digits(3);
            case PcaProjection.COVARIANCE -> corner((Value.Matrix) step.value(), COVARIANCE_SHOWN);
            case SentenceVectors.VECTORS, PcaProjection.POINTS -> strips((Value.Matrix) step.value());
            default -> Figure.of(step.value());
        });
    }

    /**
     * A wide matrix (one row per word, 100 columns) as one labelled heat strip per row on a shared colour scale:
     * a square-cell heatmap of 100 columns would leave rows too thin to label.
     */
    static Component strips(Value.Matrix m) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double[][] values = m.values();
        for (double[] row : values) {
            for (double x : row) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        Div box = new Div(new Paragraph(String.format(Locale.ROOT, "Each strip is one word's %d numbers, coloured from %.2f "
                + "(dark purple) to %.2f (yellow). Hover a strip, or focus it and use the arrow keys, to read a number; "
                + "“Numbers as a table” lists them all.", m.columns(), lo, hi)));
        box.addClassName("gb-strips");
        for (int i = 0; i < values.length; i++) {
            String word = m.rowLabels().get(i);
            Span label = new Span(word);
            label.addClassName("gb-strip-word");
            label.getElement().setAttribute("title", word);
            Figure strip = Figure.of(new Value.Vector(values[i], m.columnLabels()), "The " + m.columns() + " numbers of “"
                    + word + "”.").range(lo, hi).digits(4);
            Div row = new Div(label, strip);
            row.addClassName("gb-strip-row");
            box.add(row);
        }
        return box;
    }

    /** How many dimensions of the 100 × 100 covariance the page draws (all of them are in the API's numbers). */
    static final int COVARIANCE_SHOWN = 12;

    /** The top-left {@code n × n} corner of a square matrix, said to be a corner. */
    private static Component corner(Value.Matrix m, int n) {
        double[][] all = m.values();
        double[][] part = new double[n][n]; // (n, n)
        for (int i = 0; i < n; i++) {
            System.arraycopy(all[i], 0, part[i], 0, n);
        }
        return Figure.of(new Value.Matrix(part, m.rowLabels().subList(0, n), m.columnLabels().subList(0, n)),
                "The first " + n + " of the " + m.rows() + " dimensions of the covariance matrix (the whole matrix has "
                        + m.rows() + " × " + m.columns() + " numbers).").digits(3);
    }

    private static Component neighboursFigure(NearestNeighbours.Result nn, WordVector chosen) {
        Figure f = Figure.of(nn.trace().step(NearestNeighbours.NEIGHBOURS).value(),
                "The " + nn.neighbours().size() + " words nearest to “" + chosen.word() + "” among all "
                        + "50,000, by cosine similarity.").digits(4);
        f.setId("neighbours");
        return f;
    }

    private void renderAnalogy(GloveVectors glove) {
        analogyTrace.removeAll();
        analogyAnswer.setText("");
        try {
            Analogy.Result r = Analogy.solve(glove, state.a(), state.b(), state.c(), state.k());
            analogyNotice.clear();
            analogyAnswer.setText(r.a().word() + " − " + r.b().word() + " + " + r.c().word() + " ≈ " + r.answer().word()
                    + String.format(Locale.ROOT, "   (cosine %.4f)", r.answer().cosine()));
            analogyTrace.show(r.trace(), step -> step.value() instanceof Value.Matrix m
                    ? strips(m) : Figure.of(step.value()).digits(4));
        } catch (InvalidInputException e) {
            analogyNotice.show(e.getMessage());
        }
    }

    private void show(List<String> problems) {
        if (problems.isEmpty()) {
            notice.clear();
        } else {
            notice.show(String.join(" ", problems));
        }
    }

    /** The home page's card: how similar the sentence's words are. */
    public static JourneyCard card(String sentence) {
        GloveVectors glove = GloveVectors.shared();
        SentenceVectors.Result sv = SentenceVectors.of(glove, sentence);
        EmbeddingsState state = new EmbeddingsState(sentence, null, EmbeddingsState.DEFAULT_K, Analogy.A, Analogy.B, Analogy.C,
                EmbeddingsState.Context.DEFAULT);
        Component preview;
        if (sv.known().isEmpty()) {
            preview = new Paragraph("None of these words has a vector here.");
        } else {
            preview = Figure.of(CosineSimilarity.matrix(sv.known()).step(CosineSimilarity.MATRIX).value(),
                    "Cosine similarity of the sentence's words.").digits(2);
        }
        return new JourneyCard("embeddings", "Embeddings",
                "Then each word becomes 100 numbers; " + sv.known().size() + " of its " + sv.entries().size()
                        + " words have a vector, and similar words point the same way.",
                preview, "embeddings", state.toQuery());
    }
}
