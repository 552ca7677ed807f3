package dev.glassbox.ui.attention;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.ui.base.Query;
import java.util.List;

/**
 * The attention lesson's state, as its URL carries it: {@code ?s=…&layer=2&head=5&q=8&view=lines&tiny=1}.
 * {@code query} −1 means "not chosen": the view picks the first pronoun, or the first word.
 */
record AttentionState(String sentence, int layer, int head, int query, String view, boolean tiny) {

    static final String LAYER = "layer", HEAD = "head", QUERY = "q", VIEW = "view", TINY = "tiny";
    static final String HEATMAP = "heatmap", LINES = "lines", MODEL = "model";
    static final List<String> VIEWS = List.of(HEATMAP, LINES, MODEL);

    static Parsed parse(QueryParameters parameters) {
        Query q = new Query(parameters);
        AttentionState state = new AttentionState(q.sentence(),
                q.integer(LAYER, 0, 0, MiniLmEncoder.LAYERS - 1, "layer"),
                q.integer(HEAD, 0, 0, MiniLmEncoder.HEADS - 1, "head"),
                q.integer(QUERY, -1, 0, MiniLmEncoder.MAX_TOKENS - 1, "query token"),
                q.choice(VIEW, VIEWS, HEATMAP, "view"),
                q.choice(TINY, List.of("0", "1"), "0", "tiny mode switch").equals("1"));
        return new Parsed(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, LAYER, layer, HEAD, head, QUERY, query < 0 ? null : query,
                VIEW, view, TINY, tiny ? "1" : null);
    }

    AttentionState withSentence(String s) {
        return new AttentionState(s, layer, head, -1, view, tiny);
    }

    AttentionState withLayer(int l) {
        return new AttentionState(sentence, l, head, query, view, tiny);
    }

    AttentionState withHead(int h) {
        return new AttentionState(sentence, layer, h, query, view, tiny);
    }

    AttentionState withLayerAndHead(int l, int h) {
        return new AttentionState(sentence, l, h, query, view, tiny);
    }

    AttentionState withQuery(int q) {
        return new AttentionState(sentence, layer, head, q, view, tiny);
    }

    AttentionState withView(String v) {
        return new AttentionState(sentence, layer, head, query, v, tiny);
    }

    AttentionState withTiny(boolean t) {
        return new AttentionState(sentence, layer, head, query, view, t);
    }

    record Parsed(AttentionState state, List<String> problems) {
    }
}
