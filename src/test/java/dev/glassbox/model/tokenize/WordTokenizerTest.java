package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Value;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    /** Unicode White_Space, the same definition the tokenizer splits on. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    private final WordTokenizer tokenizer = new WordTokenizer();

    private List<String> texts(String s) {
        return tokenizer.encode(s).stream().map(Token::text).toList();
    }

    @Test
    void words_and_punctuation_become_tokens() {
        // Expected by reading the sentence: 11 words, contraction kept whole, the full stop on its own.
        assertThat(texts("The animal didn't cross the street because it was too tired."))
                .containsExactly("The", "animal", "didn't", "cross", "the", "street", "because", "it", "was", "too", "tired", ".");
    }

    @Test
    void numbers_hyphens_and_symbols() {
        assertThat(texts("Pi is 3.14, a well-known number! 😀")).containsExactly(
                "Pi", "is", "3.14", ",", "a", "well-known", "number", "!", "😀");
        assertThat(texts("   ")).isEmpty();
    }

    @Test
    void offsets_point_back_into_the_text() {
        String s = "Hello,  world";
        List<Token> tokens = tokenizer.encode(s);
        assertThat(tokens).containsExactly(new Token("Hello", null, 0, 5), new Token(",", null, 5, 6), new Token("world", null, 8, 13));
    }

    @Test
    void nfc_joins_a_letter_and_its_combining_accent() {
        // "e" + U+0301 COMBINING ACUTE ACCENT composes to U+00E9 under NFC (Unicode Standard Annex #15).
        assertThat(texts("caf\u0065\u0301")).containsExactly("caf\u00e9");
    }

    @Test
    void the_trace_shows_normalise_split_and_tokens() {
        Tokenization t = tokenizer.tokenize("Hi there.");
        assertThat(t.trace().steps()).extracting(Step::id)
                .containsExactly(WordTokenizer.NORMALISE, WordTokenizer.SPLIT, WordTokenizer.TOKENS);
        Value.TokenList tokens = (Value.TokenList) t.trace().step(WordTokenizer.TOKENS).value();
        assertThat(tokens.texts()).containsExactly("Hi", "there", ".");
        assertThat(tokens.ids()).containsOnlyNulls();
        assertThat(t.trace().step(WordTokenizer.SPLIT).value().shape()).containsExactly(3, 4);
    }

    @Property(tries = 500)
    void tokens_never_overlap_and_only_skip_white_space(@ForAll String s) {
        String normalised = WordTokenizer.normalise(s);
        int previousEnd = 0;
        for (Token token : tokenizer.encode(s)) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(normalised.substring(previousEnd, token.start())).matches(WHITE_SPACE);
            assertThat(normalised.substring(token.start(), token.end())).isEqualTo(token.text());
            previousEnd = token.end();
        }
        assertThat(normalised.substring(previousEnd)).matches(WHITE_SPACE);
    }
}
