package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import java.util.List;

/**
 * The three tokenizers on any text a learner could type: tokens in reading order whose character spans lie inside
 * the text and never overlap, the same tokens with and without the trace — or one sentence for text no lesson reads.
 */
class TokenizersFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void word_tokens_are_spans_of_the_text(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        check("word", text);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void wordpiece_tokens_are_spans_of_the_text(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        check("wordpiece", text);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void bpe_tokens_are_spans_of_the_text(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        check("bpe", text);
    }

    private static void check(String name, String text) {
        try {
            LearnerText.require(text);
        } catch (InvalidInputException e) {
            return;
        }
        Tokenizer tokenizer = Tokenizers.byName(name);
        List<Token> tokens;
        try {
            tokens = tokenizer.encode(text);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        int end = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("%s token %s", name, t).isBetween(0, text.length());
            assertThat(t.end()).as("%s token %s", name, t).isBetween(t.start(), text.length());
            assertThat(t.start()).as("%s token %s starts after the one before", name, t).isGreaterThanOrEqualTo(end);
            // WordPiece's [CLS] and [SEP] and BPE's pieces of one character may share a span with their neighbour.
            end = Math.max(end, t.start());
        }
        assertThat(tokenizer.tokenize(text).tokens()).isEqualTo(tokens);
    }
}
