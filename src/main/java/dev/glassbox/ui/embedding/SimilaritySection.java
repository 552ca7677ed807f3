package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.embedding.Antonyms;
import dev.glassbox.model.embedding.CosineSimilarity;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.model.embedding.Words;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** The figure that opens the lesson: how similar the sentence's words are; then what a cosine does and does not say. */
class SimilaritySection extends Div {

    /** How many random pairs of words the "unrelated words" baseline averages, and its seed. */
    static final int RANDOM_PAIRS = 10_000;
    static final long SEED = 1;

    private final Div figure = new Div();
    private final QuestionSlot question = new QuestionSlot(figure);
    private final BiConsumer<Prediction, String> answered;
    private final Fold vectors;

    SimilaritySection(GloveVectors glove, BiConsumer<String, Boolean> toggled, BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("similarity-section");
        figure.setId("similarity");
        Map<String, Object> constants = Map.of("dimensions", glove.dimensions());
        vectors = new Fold(EmbeddingsState.VECTORS, EmbeddingsView.say("vectors-fold", "dimensions", glove.dimensions()));
        vectors.onToggle(open -> toggled.accept(EmbeddingsState.VECTORS, open));
        Paragraph contrast = new Paragraph(contrast(glove));
        contrast.setId("cosine-contrast");
        add(new H2(EmbeddingsView.say("similarity-heading")), new Prose("embeddings", "similarity", constants), question, figure,
                new Prose("embeddings", "similarity-caution", constants), contrast, vectors);
    }

    void show(EmbeddingsState state, SentenceVectors.Result sv) {
        figure.removeAll();
        question.ask(EmbeddingsQuestions.mostSimilarPair(sv.distinct()), state.answers(), answered);
        String word = EmbeddingsView.say("axis-word");
        figure.add(Figure.of(CosineSimilarity.matrix(sv.known()).step(CosineSimilarity.MATRIX).value(),
                EmbeddingsView.say("similarity-figure")).axes(word, word).digits(3));
        vectors.show(state.folds().isOpen(EmbeddingsState.VECTORS), () -> {
            List<WordVector> distinct = sv.distinct();
            double[][] rows = new double[distinct.size()][]; // (n, d)
            for (int i = 0; i < rows.length; i++) {
                rows[i] = distinct.get(i).values();
            }
            Div box = new Div(new Prose("embeddings", "vectors", Map.of("dimensions", rows[0].length)),
                    new Strips(new Value.Matrix(rows, distinct.stream().map(WordVector::word).toList(),
                            NearestNeighbours.dimensionLabels(rows[0].length, PageLanguage.current()))));
            box.setId("vectors");
            return box;
        });
    }

    /** The computed sentence: opposites score high, unrelated words near 0. */
    private static String contrast(GloveVectors glove) {
        Language language = PageLanguage.current();
        List<Antonyms.Pair> pairs = Antonyms.pairs(glove);
        Antonyms.Baseline random = Antonyms.randomPairs(glove, RANDOM_PAIRS, SEED);
        List<String> opposites = new ArrayList<>();
        List<String> unrelated = new ArrayList<>();
        for (Antonyms.Pair p : pairs) {
            String one = "cos(" + p.a() + ", " + p.b() + ") = " + Summaries.number(p.cosine());
            (p.kind().equals("opposites") ? opposites : unrelated).add(one);
        }
        return EmbeddingsView.say("contrast", "opposites", Words.list(language, opposites),
                "unrelated", Words.list(language, unrelated), "pairs", Words.count(language, random.n()),
                "vocabulary", Words.count(language, glove.size()), "mean", Summaries.number(random.mean()),
                "share", Words.decimals(language, String.format(Locale.ROOT, "%.1f%%", 100 * random.nearZero())),
                "near", Words.decimals(language, String.valueOf(Antonyms.NEAR_ZERO)));
    }
}
