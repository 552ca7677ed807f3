package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.OneHot;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.model.embedding.Words;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.ViewCompute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** One word up close: its numbers, its nearest neighbours, and (folded) how a one-hot vector picks its row. */
class WordSection extends Div {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final GloveVectors glove;
    private final Select<String> word = new Select<>();
    private final TextField k = new TextField(EmbeddingsView.say("k-label"));
    private final Notice notice = new Notice("word-notice");
    private final Div detail = new Div();
    private final QuestionSlot question = new QuestionSlot(detail);
    private final BiConsumer<Prediction, String> answered;
    private final Fold oneHot;

    WordSection(GloveVectors glove, Consumer<UnaryOperator<EmbeddingsState>> go, BiConsumer<String, Boolean> toggled,
            BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        this.glove = glove;
        setId("word-section");
        word.setId("word");
        word.setLabel(EmbeddingsView.say("word-label"));
        k.setId("k");
        k.setHelperText(EmbeddingsView.say("k-helper", "max", NearestNeighbours.MAX_K));
        k.getElement().setAttribute("inputmode", "numeric");
        detail.setId("word-detail");
        oneHot = new Fold(EmbeddingsState.ONE_HOT, EmbeddingsView.say("onehot-fold"));
        oneHot.onToggle(open -> toggled.accept(EmbeddingsState.ONE_HOT, open));
        Div controls = new Div(word, k);
        controls.addClassName("gb-controls");
        Map<String, Object> constants = Map.of("dimensions", glove.dimensions(),
                "vocabulary", Words.count(PageLanguage.current(), glove.size()));
        add(new H2(EmbeddingsView.say("word-heading")), new Prose("embeddings", "word", constants), controls, notice, question, detail,
                oneHot);
        FromClient.onChange(word, w -> {
            if (w != null) {
                go.accept(s -> s.withWord(w));
            }
        });
        FromClient.onChange(k, raw -> {
            String text = raw == null ? "" : raw.strip();
            int n = WHOLE_NUMBER.matcher(text).matches() ? Integer.parseInt(text) : -1;
            if (n < 1 || n > NearestNeighbours.MAX_K) {
                // the old neighbours belong to the old k: take them away with the sentence that says why
                detail.removeAll();
                notice.show(EmbeddingsView.say("k-invalid", "max", NearestNeighbours.MAX_K, "text", text));
            } else {
                go.accept(s -> s.withK(n));
            }
        });
    }

    /**
     * The word to show: the link's word when it is one of the sentence's words with a vector, else the first such
     * word (and a sentence in {@code problems} when the link named another).
     */
    static String choose(EmbeddingsState state, SentenceVectors.Result sv, List<String> problems) {
        List<String> distinct = sv.distinct().stream().map(WordVector::word).toList();
        String selected = state.word() == null ? null : state.word().strip().toLowerCase(Locale.ROOT);
        if (selected != null && !distinct.contains(selected)) {
            problems.add(EmbeddingsView.say("link-word-missing", "word", distinct.get(0)));
            selected = null;
        }
        return selected == null ? distinct.get(0) : selected;
    }

    void show(EmbeddingsState state, SentenceVectors.Result sv, String selected) {
        notice.clear();
        detail.removeAll();
        k.setValue(String.valueOf(state.k()));
        word.setItems(sv.distinct().stream().map(WordVector::word).toList());
        word.setValue(selected);
        Language language = PageLanguage.current();
        WordVector chosen = glove.lookup(selected, language);
        question.ask(EmbeddingsQuestions.nearest(glove, chosen), state.answers(), answered);
        NearestNeighbours.Result nn = ViewCompute.run(() -> NearestNeighbours.of(glove, chosen, state.k(), language));
        Figure neighbours = Figure.of(nn.trace().step(NearestNeighbours.NEIGHBOURS).value(),
                EmbeddingsView.say("neighbours-figure", "count", nn.neighbours().size(), "word", chosen.word(),
                        "vocabulary", Words.count(language, glove.size()))).digits(4);
        neighbours.setId("neighbours");
        detail.add(Figure.of(new Value.Vector(chosen.values(),
                                NearestNeighbours.dimensionLabels(chosen.dimensions(), language)),
                        EmbeddingsView.say("vector-figure", "dimensions", chosen.dimensions(), "word", chosen.word(),
                                "row", Words.count(language, chosen.rank() + 1), "length", Summaries.number(chosen.norm())))
                        .digits(4),
                neighbours);
        oneHot.show(state.folds().isOpen(EmbeddingsState.ONE_HOT), () -> {
            Map<String, Object> constants = Map.of("dimensions", glove.dimensions(),
                    "vocabulary", Words.count(language, glove.size()));
            TraceView steps = new TraceView("onehot-step-");
            steps.show(OneHot.of(glove, chosen, language).trace());
            return new Div(new Prose("embeddings", "onehot", constants), steps);
        });
    }
}
