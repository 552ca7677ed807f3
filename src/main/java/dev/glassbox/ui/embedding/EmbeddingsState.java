package dev.glassbox.ui.embedding;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.ContextualEmbedding;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Query;
import java.util.Set;

/**
 * The embeddings lesson's state, as its URL carries it:
 * {@code ?s=…&w=cat&k=10&a=king&b=man&c=woman&cw=bank&c1=…&c2=…&c3=…&open=steps&answer=…} (see {@link Answers}).
 * {@code word} is {@code null} when the link names none (the sentence's first word with a vector is shown).
 */
record EmbeddingsState(String sentence, String word, int k, String a, String b, String c, Context context, Folds folds,
        Answers answers) {

    /** The contextual comparison: one word in three sentences (the first and third in the same sense). */
    record Context(String word, String first, String second, String third) {
        static final Context DEFAULT = new Context(ContextualEmbedding.WORD, ContextualEmbedding.SENTENCE_1,
                ContextualEmbedding.SENTENCE_2, ContextualEmbedding.SENTENCE_3);
    }

    static final String WORD = "w", K = "k", A = "a", B = "b", C = "c", CONTEXT_WORD = "cw", CONTEXT_1 = "c1",
            CONTEXT_2 = "c2", CONTEXT_3 = "c3";
    static final int DEFAULT_K = 10;

    /** The lesson's folds: every word's numbers, one-hot, the other model's rows, the analogy's and the comparison's
     * steps, and all steps. */
    static final String VECTORS = "vectors", ONE_HOT = "onehot", MINILM = "minilm", ANALOGY = "analogy",
            CONTEXT = "context", STEPS = "steps";
    static final Set<String> FOLDS = Set.of(VECTORS, ONE_HOT, MINILM, ANALOGY, CONTEXT, STEPS);

    EmbeddingsState(String sentence, String word, int k, String a, String b, String c, Context context, Folds folds) {
        this(sentence, word, k, a, b, c, context, folds, Answers.NONE);
    }

    /** The lesson as it opens for {@code sentence}, every fold closed. */
    static EmbeddingsState of(String sentence) {
        return new EmbeddingsState(sentence, null, DEFAULT_K, Analogy.A, Analogy.B, Analogy.C, Context.DEFAULT, Folds.NONE);
    }

    static Parsed<EmbeddingsState> parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        EmbeddingsState state = new EmbeddingsState(query.sentence(), query.text(WORD, null),
                query.integer(K, DEFAULT_K, 1, NearestNeighbours.MAX_K, "number of neighbours"),
                query.text(A, Analogy.A), query.text(B, Analogy.B), query.text(C, Analogy.C),
                new Context(query.text(CONTEXT_WORD, Context.DEFAULT.word()), query.text(CONTEXT_1, Context.DEFAULT.first()),
                        query.text(CONTEXT_2, Context.DEFAULT.second()), query.text(CONTEXT_3, Context.DEFAULT.third())),
                Folds.parse(query, FOLDS), Answers.parse(query));
        return new Parsed<>(state, query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, WORD, word, K, k, A, a, B, b, C, c, CONTEXT_WORD, context.word(),
                CONTEXT_1, context.first(), CONTEXT_2, context.second(), CONTEXT_3, context.third(),
                Folds.PARAMETER, folds.parameter(), Answers.PARAMETER, answers.parameter());
    }

    /** A new sentence: its words are new, so the chosen word (an index into the old sentence's words) is dropped. */
    EmbeddingsState withSentence(String s) {
        return new EmbeddingsState(s, null, k, a, b, c, context, folds, answers);
    }

    EmbeddingsState withWord(String w) {
        return new EmbeddingsState(sentence, w, k, a, b, c, context, folds, answers);
    }

    EmbeddingsState withK(int n) {
        return new EmbeddingsState(sentence, word, n, a, b, c, context, folds, answers);
    }

    EmbeddingsState withAnalogy(String na, String nb, String nc) {
        return new EmbeddingsState(sentence, word, k, na, nb, nc, context, folds, answers);
    }

    EmbeddingsState withContext(Context next) {
        return new EmbeddingsState(sentence, word, k, a, b, c, next, folds, answers);
    }

    EmbeddingsState withAnswer(Prediction question, String value) {
        return new EmbeddingsState(sentence, word, k, a, b, c, context, folds, answers.with(question, value));
    }

    EmbeddingsState withFolds(Folds next) {
        return new EmbeddingsState(sentence, word, k, a, b, c, context, next, answers);
    }
}
