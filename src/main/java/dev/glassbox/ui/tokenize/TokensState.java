package dev.glassbox.ui.tokenize;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.ui.base.Query;
import java.util.List;

/**
 * The tokens lesson's state, as its URL carries it: {@code ?s=…&t=word&m=0&w=…&ids=1} — the sentence, the tokenizer
 * whose steps are shown, the BPE merge step, the word whose WordPiece search is shown ({@code null}: the lesson
 * picks one) and whether chips show their ids.
 */
record TokensState(String sentence, String tokenizer, int mergeStep, String word, boolean ids) {

    static final String TOKENIZER = "t";
    static final String MERGE_STEP = "m";
    static final String WORD = "w";
    static final String IDS = "ids";
    /** More merges than a 500-character sentence can need (it has at most 2,000 bytes). */
    static final int MAX_MERGE_STEP = 2_000;

    TokensState(String sentence, String tokenizer) {
        this(sentence, tokenizer, 0, null, false);
    }

    static Parsed parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        String sentence = query.sentence();
        String tokenizer = query.choice(TOKENIZER, Tokenizers.names(), WordTokenizer.NAME, "tokenizer");
        int step = query.integer(MERGE_STEP, 0, 0, MAX_MERGE_STEP, "merge step");
        String word = query.text(WORD, null);
        int ids = query.integer(IDS, 0, 0, 1, "ids switch");
        return new Parsed(new TokensState(sentence, tokenizer, step, word, ids == 1), query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, TOKENIZER, tokenizer, MERGE_STEP, mergeStep == 0 ? null : mergeStep,
                WORD, word, IDS, ids ? 1 : null);
    }

    /** A new sentence starts its merges and its word choice afresh. */
    TokensState withSentence(String s) {
        return new TokensState(s, tokenizer, 0, null, ids);
    }

    TokensState withTokenizer(String t) {
        return new TokensState(sentence, t, mergeStep, word, ids);
    }

    TokensState withMergeStep(int m) {
        return new TokensState(sentence, tokenizer, m, word, ids);
    }

    TokensState withWord(String w) {
        return new TokensState(sentence, tokenizer, mergeStep, w, ids);
    }

    TokensState withIds(boolean show) {
        return new TokensState(sentence, tokenizer, mergeStep, word, show);
    }

    record Parsed(TokensState state, List<String> problems) {
    }
}
