package dev.glassbox.ui.attention;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Query;
import java.util.List;
import java.util.Set;

/**
 * The attention lesson's state, as its URL carries it: {@code ?s=…&layer=2&head=5&q=8&view=lines&tiny=1&open=query}.
 * {@code query} −1 means "not chosen": the view picks the first pronoun, or the first word. A query token refers
 * into the sentence, so a new sentence drops it. The answers to the lesson's questions ({@code &answer=…}): see
 * {@link Answers}.
 */
record AttentionState(String sentence, int layer, int head, int query, String view, boolean tiny, Folds folds,
        Answers answers) {

    static final String LAYER = "layer", HEAD = "head", QUERY = "q", VIEW = "view", TINY = "tiny";
    static final String HEATMAP = "heatmap", LINES = "lines", MODEL = "model";
    static final List<String> VIEWS = List.of(HEATMAP, LINES, MODEL);
    /** The folds: one word's arithmetic, every step of the head, the Winograd pairs. */
    static final String FOLD_QUERY = "query", FOLD_HEAD = "head", FOLD_PAIRS = "pairs";
    static final Set<String> FOLDS = Set.of(FOLD_QUERY, FOLD_HEAD, FOLD_PAIRS);

    AttentionState(String sentence, int layer, int head, int query, String view, boolean tiny, Folds folds) {
        this(sentence, layer, head, query, view, tiny, folds, Answers.NONE);
    }

    static AttentionState of(String sentence) {
        return new AttentionState(sentence, 0, 0, -1, HEATMAP, false, Folds.NONE);
    }

    static Parsed<AttentionState> parse(QueryParameters parameters) {
        Query q = new Query(parameters);
        AttentionState state = new AttentionState(q.sentence(),
                q.integer(LAYER, 0, 0, MiniLmEncoder.LAYERS - 1, "layer"),
                q.integer(HEAD, 0, 0, MiniLmEncoder.HEADS - 1, "head"),
                q.integer(QUERY, -1, 0, MiniLmEncoder.MAX_TOKENS - 1, "query token"),
                q.choice(VIEW, VIEWS, HEATMAP, "view"),
                q.choice(TINY, List.of("0", "1"), "0", "tiny mode switch").equals("1"),
                Folds.parse(q, FOLDS), Answers.parse(q));
        return new Parsed<>(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, LAYER, layer, HEAD, head, QUERY, query < 0 ? null : query,
                VIEW, view, TINY, tiny ? "1" : null, Folds.PARAMETER, folds.parameter(), Answers.PARAMETER, answers.parameter());
    }

    /** A new sentence: the query token belonged to the old one and is chosen afresh. */
    AttentionState withSentence(String s) {
        return new AttentionState(s, layer, head, -1, view, tiny, folds, answers);
    }

    AttentionState withLayer(int l) {
        return new AttentionState(sentence, l, head, query, view, tiny, folds, answers);
    }

    AttentionState withHead(int h) {
        return new AttentionState(sentence, layer, h, query, view, tiny, folds, answers);
    }

    AttentionState withLayerAndHead(int l, int h) {
        return new AttentionState(sentence, l, h, query, view, tiny, folds, answers);
    }

    AttentionState withQuery(int q) {
        return new AttentionState(sentence, layer, head, q, view, tiny, folds, answers);
    }

    AttentionState withView(String v) {
        return new AttentionState(sentence, layer, head, query, v, tiny, folds, answers);
    }

    AttentionState withTiny(boolean t) {
        return new AttentionState(sentence, layer, head, query, view, t, folds, answers);
    }

    AttentionState withAnswer(Prediction question, String value) {
        return new AttentionState(sentence, layer, head, query, view, tiny, folds, answers.with(question, value));
    }

    AttentionState withFolds(Folds f) {
        return new AttentionState(sentence, layer, head, query, view, tiny, f, answers);
    }
}
