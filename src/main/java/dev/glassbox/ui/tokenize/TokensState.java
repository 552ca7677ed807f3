package dev.glassbox.ui.tokenize;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.ui.base.Query;
import java.util.List;

/** The tokens lesson's state, as its URL carries it: {@code ?s=…&t=word}. */
record TokensState(String sentence, String tokenizer) {

    static final String TOKENIZER = "t";

    static Parsed parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        TokensState state = new TokensState(query.sentence(),
                query.choice(TOKENIZER, Tokenizers.names(), WordTokenizer.NAME, "tokenizer"));
        return new Parsed(state, query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, TOKENIZER, tokenizer);
    }

    TokensState withSentence(String s) {
        return new TokensState(s, tokenizer);
    }

    TokensState withTokenizer(String t) {
        return new TokensState(sentence, t);
    }

    record Parsed(TokensState state, List<String> problems) {
    }
}
