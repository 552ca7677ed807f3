package dev.glassbox.ui.embedding;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.ui.base.Query;
import java.util.List;

/**
 * The embeddings lesson's state, as its URL carries it: {@code ?s=…&w=cat&k=10&a=king&b=man&c=woman}.
 * {@code word} is {@code null} when the link names none (the sentence's first word with a vector is shown).
 */
record EmbeddingsState(String sentence, String word, int k, String a, String b, String c) {

    static final String WORD = "w", K = "k", A = "a", B = "b", C = "c";
    static final int DEFAULT_K = 10;

    static Parsed parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        EmbeddingsState state = new EmbeddingsState(query.sentence(), query.text(WORD, null),
                query.integer(K, DEFAULT_K, 1, NearestNeighbours.MAX_K, "number of neighbours"),
                query.text(A, Analogy.A), query.text(B, Analogy.B), query.text(C, Analogy.C));
        return new Parsed(state, query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, WORD, word, K, k, A, a, B, b, C, c);
    }

    EmbeddingsState withSentence(String s) {
        return new EmbeddingsState(s, null, k, a, b, c);
    }

    EmbeddingsState withWord(String w) {
        return new EmbeddingsState(sentence, w, k, a, b, c);
    }

    EmbeddingsState withK(int n) {
        return new EmbeddingsState(sentence, word, n, a, b, c);
    }

    EmbeddingsState withAnalogy(String na, String nb, String nc) {
        return new EmbeddingsState(sentence, word, k, na, nb, nc);
    }

    record Parsed(EmbeddingsState state, List<String> problems) {
    }
}
