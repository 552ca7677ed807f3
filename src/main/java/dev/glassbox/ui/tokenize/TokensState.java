package dev.glassbox.ui.tokenize;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Query;
import java.util.Set;

/**
 * The tokens lesson's state, as its URL carries it: {@code ?s=…&t=word&m=0&w=…&ids=1&open=lookups,signs,steps} — the
 * sentence, the tokenizer whose steps are shown, the BPE merge step, the word whose WordPiece search is shown
 * ({@code null}: the lesson picks one), whether chips show their ids, and which folds are open.
 */
record TokensState(String sentence, String tokenizer, int mergeStep, String word, boolean ids, Folds folds,
        Answers answers) {

    static final String TOKENIZER = "t";
    static final String MERGE_STEP = "m";
    static final String WORD = "w";
    static final String IDS = "ids";
    /** More merges than a 500-character sentence can need (it has at most 2,000 bytes). */
    static final int MAX_MERGE_STEP = 2_000;

    /** The fold with every lookup of the WordPiece search. */
    static final String LOOKUPS = "lookups";
    /** The fold with every step of the chosen tokenizer. */
    static final String STEPS = "steps";
    /** The fold with what the signs ##, Ġ and [UNK] mean. */
    static final String SIGNS = "signs";
    static final Set<String> FOLDS = Set.of(LOOKUPS, STEPS, SIGNS);

    TokensState(String sentence, String tokenizer) {
        this(sentence, tokenizer, 0, null, false, Folds.NONE);
    }

    TokensState(String sentence, String tokenizer, int mergeStep, String word, boolean ids, Folds folds) {
        this(sentence, tokenizer, mergeStep, word, ids, folds, Answers.NONE);
    }

    static Parsed<TokensState> parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        String sentence = query.sentence();
        String tokenizer = query.choice(TOKENIZER, Tokenizers.names(), WordTokenizer.NAME, "tokenizer");
        int step = query.integer(MERGE_STEP, 0, 0, MAX_MERGE_STEP, "merge step");
        String word = query.text(WORD, null);
        int ids = query.integer(IDS, 0, 0, 1, "ids switch");
        Folds folds = Folds.parse(query, FOLDS);
        return new Parsed<>(new TokensState(sentence, tokenizer, step, word, ids == 1, folds, Answers.parse(query)),
                query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, TOKENIZER, tokenizer, MERGE_STEP, mergeStep == 0 ? null : mergeStep,
                WORD, word, IDS, ids ? 1 : null, Folds.PARAMETER, folds.parameter(), Answers.PARAMETER, answers.parameter());
    }

    /**
     * A new sentence starts its merges and its word choice afresh; the folds stay as the learner left them, and so do
     * the answers (an answer whose question the new sentence changes no longer counts, see {@link Answers}).
     */
    TokensState withSentence(String s) {
        return new TokensState(s, tokenizer, 0, null, ids, folds, answers);
    }

    TokensState withTokenizer(String t) {
        return new TokensState(sentence, t, mergeStep, word, ids, folds, answers);
    }

    TokensState withMergeStep(int m) {
        return new TokensState(sentence, tokenizer, m, word, ids, folds, answers);
    }

    TokensState withWord(String w) {
        return new TokensState(sentence, tokenizer, mergeStep, w, ids, folds, answers);
    }

    TokensState withIds(boolean show) {
        return new TokensState(sentence, tokenizer, mergeStep, word, show, folds, answers);
    }

    TokensState withAnswer(Prediction question, String value) {
        return new TokensState(sentence, tokenizer, mergeStep, word, ids, folds, answers.with(question, value));
    }

    TokensState withFold(String name, boolean open) {
        return new TokensState(sentence, tokenizer, mergeStep, word, ids, folds.with(name, open), answers);
    }
}
