package dev.glassbox.model.tokenize;

import dev.glassbox.model.trace.Trace;
import java.util.List;

/** The tokens of one text and the trace of how a tokenizer arrived at them. */
public record Tokenization(String tokenizer, String text, List<Token> tokens, Trace trace) {
    public Tokenization {
        tokens = List.copyOf(tokens);
    }
}
