package dev.glassbox.ui.embedding;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.ContextualEmbedding;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.ui.base.Query;
import java.util.List;

/**
 * The embeddings lesson's state, as its URL carries it:
 * {@code ?s=…&w=cat&k=10&a=king&b=man&c=woman&cw=bank&c1=…&c2=…}.
 * {@code word} is {@code null} when the link names none (the sentence's first word with a vector is shown).
 */
record EmbeddingsState(String sentence, String word, int k, String a, String b, String c, Context context) {

    /** The contextual comparison: one word in two sentences. */
    record Context(String word, String first, String second) {
        static final Context DEFAULT = new Context(ContextualEmbedding.WORD, ContextualEmbedding.SENTENCE_1,
                ContextualEmbedding.SENTENCE_2);
    }

    static final String WORD = "w", K = "k", A = "a", B = "b", C = "c", CONTEXT_WORD = "cw", CONTEXT_1 = "c1",
            CONTEXT_2 = "c2";
    static final int DEFAULT_K = 10;

    static Parsed parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        EmbeddingsState state = new EmbeddingsState(query.sentence(), query.text(WORD, null),
                query.integer(K, DEFAULT_K, 1, NearestNeighbours.MAX_K, "number of neighbours"),
                query.text(A, Analogy.A), query.text(B, Analogy.B), query.text(C, Analogy.C),
                new Context(query.text(CONTEXT_WORD, Context.DEFAULT.word()), query.text(CONTEXT_1, Context.DEFAULT.first()),
                        query.text(CONTEXT_2, Context.DEFAULT.second())));
        return new Parsed(state, query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, WORD, word, K, k, A, a, B, b, C, c, CONTEXT_WORD, context.word(),
                CONTEXT_1, context.first(), CONTEXT_2, context.second());
    }

    EmbeddingsState withSentence(String s) {
        return new EmbeddingsState(s, null, k, a, b, c, context);
    }

    EmbeddingsState withWord(String w) {
        return new EmbeddingsState(sentence, w, k, a, b, c, context);
    }

    EmbeddingsState withK(int n) {
        return new EmbeddingsState(sentence, word, n, a, b, c, context);
    }

    EmbeddingsState withAnalogy(String na, String nb, String nc) {
        return new EmbeddingsState(sentence, word, k, na, nb, nc, context);
    }

    EmbeddingsState withContext(Context next) {
        return new EmbeddingsState(sentence, word, k, a, b, c, next);
    }

    record Parsed(EmbeddingsState state, List<String> problems) {
    }
}
