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
    private static final Pattern SPACE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);

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

    @Test
    void offsets_point_into_the_typed_text_when_nfc_changes_its_length() {
        // NFC (Unicode Standard Annex #15): "e" + U+0301 becomes one character, U+00E9; U+FB2C HEBREW LETTER SHIN
        // WITH DAGESH AND SHIN DOT is excluded from composition and becomes three, U+05E9 U+05BC U+05C1.
        assertThat(tokenizer.encode("caf\u0065\u0301 ok")).containsExactly(
                new Token("caf\u00e9", null, 0, 5), new Token("ok", null, 6, 8));
        assertThat(tokenizer.encode("\uFB2C!")).containsExactly(
                new Token("\u05E9\u05BC\u05C1", null, 0, 1), new Token("!", null, 1, 2));
        assertThat(tokenizer.tokenize("\uFB2C!").tokens()).isEqualTo(tokenizer.encode("\uFB2C!"));
    }

    @Property(tries = 500)
    void tokens_point_into_the_typed_text_and_only_skip_white_space(@ForAll String s) {
        int previousStart = 0;
        StringBuilder read = new StringBuilder();
        for (Token token : tokenizer.encode(s)) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousStart);
            assertThat(token.end()).isBetween(token.start(), s.length());
            assertThat(WordTokenizer.normalise(s.substring(token.start(), token.end()))).contains(token.text());
            previousStart = token.start();
            read.append(token.text());
        }
        String normalised = WordTokenizer.normalise(s);
        assertThat(read.toString()).isEqualTo(SPACE.matcher(normalised).replaceAll(""));
    }
}
