package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.PcaProjection;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordMap;
import dev.glassbox.model.embedding.Words;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.UrlState;
import dev.glassbox.ui.base.ViewCompute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Lesson 2: each word becomes a vector of 100 numbers, and words used alike point the same way. */
@Route("embeddings")
@StyleSheet("context://frontend/embeddings.css")
@PageTitle("Embeddings — Glassbox")
@Menu(order = 2, title = "Embeddings", icon = "vaadin:cluster")
public class EmbeddingsView extends Main implements BeforeEnterObserver {

    /** How many dimensions of the 100 × 100 covariance the page draws (all of them are in the table). */
    static final int COVARIANCE_SHOWN = 12;

    private final GloveVectors glove;
    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("embeddings-notice");
    private final Paragraph counts = new Paragraph();
    private final MissingSection missing;
    private final SimilaritySection similarity;
    private final WordSection word;
    private final MapSection map;
    private final AnalogySection analogy;
    private final ContextualSection contextual;
    private final Fold steps = new Fold(EmbeddingsState.STEPS, say("steps-fold"));
    /** The parts that belong to the sentence: hidden when it cannot be read, so no old figure stays. */
    private final Div sentencePart;
    private EmbeddingsState state;

    public EmbeddingsView(GloveVectors glove, MiniLmLoader loader) {
        this.glove = glove;
        addClassName("gb-page");
        counts.setId("embedding-counts");
        missing = new MissingSection(glove, loader, this::folded);
        similarity = new SimilaritySection(glove, this::folded, this::answer);
        word = new WordSection(glove, this::go, this::folded, this::answer);
        map = new MapSection(glove);
        analogy = new AnalogySection(glove, this::go, this::folded, this::answer);
        contextual = new ContextualSection(loader, glove.dimensions(), next -> go(s -> s.withContext(next)), this::folded);
        steps.onToggle(open -> folded(EmbeddingsState.STEPS, open));
        sentencePart = new Div(counts, missing, similarity, word, map, steps);
        sentencePart.setId("sentence-part");
        add(new H1(say("title")),
                new Contents(new Contents.Entry("similarity-section", say("contents-similarity")),
                        new Contents.Entry("word-section", say("contents-word")),
                        new Contents.Entry("map-section", say("contents-map")),
                        new Contents.Entry("analogy", say("contents-analogy")),
                        new Contents.Entry("contextual", say("contents-contextual"))),
                new Prose("embeddings", "intro", Map.of("dimensions", glove.dimensions())),
                field, notice, sentencePart, analogy, contextual);
        FromClient.onChange(field, s -> go(st -> st.withSentence(s)));
    }

    /** Navigates to the state {@code change} makes of the current one, or says in one sentence why it cannot. */
    private void go(UnaryOperator<EmbeddingsState> change) {
        EmbeddingsState next = change.apply(state);
        try {
            LearnerText.require(next.sentence());
        } catch (InvalidInputException e) {
            sentencePart.setVisible(false);
            notice.show(e.getMessage());
            return;
        }
        if (next.equals(state)) {
            render(new ArrayList<>()); // the same link: show it again (a rejected input may have cleared a part)
        } else {
            UI.getCurrent().navigate(EmbeddingsView.class, next.toQuery());
        }
    }

    /** Records a fold the learner opened or closed in the link, without rendering anything again. */
    private void folded(String name, boolean open) {
        state = state.withFolds(state.folds().with(name, open));
        UrlState.replace(EmbeddingsView.class, state.toQuery());
    }

    /** Records a learner's answer to a question in the link, without rendering anything again. */
    private void answer(Prediction question, String value) {
        state = state.withAnswer(question, value);
        UrlState.replace(EmbeddingsView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<EmbeddingsState> parsed = EmbeddingsState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        render(new ArrayList<>(parsed.problems()));
    }

    private void render(List<String> problems) {
        field.setValue(state.sentence());
        renderSentence(problems);
        analogy.show(state);
        contextual.show(state);
    }

    private void renderSentence(List<String> problems) {
        sentencePart.setVisible(false);
        SentenceVectors.Result sv;
        Language language = PageLanguage.current();
        try {
            String sentence = state.sentence();
            sv = ViewCompute.run(() -> SentenceVectors.of(glove, sentence, language));
        } catch (InvalidInputException e) {
            problems.add(e.getMessage());
            notice.show(problems);
            return;
        }
        if (sv.known().isEmpty()) {
            problems.add(say("none-known", "vocabulary", Words.count(language, glove.size())));
        }
        String selected = sv.known().isEmpty() ? null : WordSection.choose(state, sv, problems);
        notice.show(problems);
        counts.setText(counts(sv));
        missing.show(state, sv);
        sentencePart.setVisible(true);
        for (var part : List.of(similarity, word, map)) {
            part.setVisible(selected != null);
        }
        Trace.Builder all = Trace.builder();
        sv.trace().steps().forEach(all::add);
        if (selected != null) {
            similarity.show(state, sv);
            word.show(state, sv, selected);
            WordMap.Result wm = WordMap.of(glove, sv.distinct(), language);
            map.show(wm, sv.distinct().size());
            all.add(CosineSimilarity.matrix(sv.known(), language).step(CosineSimilarity.MATRIX));
            NearestNeighbours.of(glove, glove.lookup(selected), state.k(), language).trace().steps().forEach(all::add);
            wm.projection().trace().steps().forEach(all::add);
        }
        Trace trace = all.build();
        steps.show(state.folds().isOpen(EmbeddingsState.STEPS), () -> {
            Div box = new Div(new Prose("embeddings", "steps"));
            TraceView view = new TraceView();
            view.setId("trace");
            view.show(trace, step -> switch (step.id()) {
                case CosineSimilarity.MATRIX -> Figure.of(step.value()).digits(3);
                case PcaProjection.COVARIANCE -> covariance((Value.Matrix) step.value());
                case SentenceVectors.VECTORS, PcaProjection.POINTS -> new Strips((Value.Matrix) step.value());
                default -> Figure.of(step.value());
            });
            box.add(view);
            return box;
        });
    }

    private static String counts(SentenceVectors.Result sv) {
        return sv.skipped() > 0
                ? say("counts-skipped", "words", sv.entries().size(), "known", sv.known().size(),
                        "max", SentenceVectors.MAX_WORDS, "skipped", sv.skipped())
                : say("counts", "words", sv.entries().size(), "known", sv.known().size());
    }

    /** Section {@code name} of the lesson in the page's language, the values inserted as they are. */
    static String say(String name, Object... keyValues) {
        return Words.line(PageLanguage.current(), name, keyValues);
    }

    private static Figure covariance(Value.Matrix m) {
        Value.Matrix corner = PcaProjection.corner(m, COVARIANCE_SHOWN);
        return Figure.of(corner, say("covariance-summary", "shown", corner.rows(), "dimensions", m.rows(),
                "rows", m.rows(), "columns", m.columns())).digits(3);
    }
}
