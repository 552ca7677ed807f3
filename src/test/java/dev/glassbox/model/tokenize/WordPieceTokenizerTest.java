package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private final WordPieceTokenizer tokenizer = WordPieceTokenizer.minilm();

    private List<String> texts(String s) {
        return tokenizer.encode(s).stream().map(Token::text).toList();
    }

    @Test
    void cls_comes_first_and_sep_last_with_their_ids() {
        // Expected from Hugging Face tokenizers on the same tokenizer.json (see WordPieceOracleTest):
        // "Hello, world!" → [CLS] hello , world ! [SEP] = 101 7592 1010 2088 999 102.
        List<Token> tokens = tokenizer.encode("Hello, world!");
        assertThat(tokens).extracting(Token::id).containsExactly(101, 7592, 1010, 2088, 999, 102);
        assertThat(tokens).extracting(Token::text).containsExactly("[CLS]", "hello", ",", "world", "!", "[SEP]");
        assertThat(tokens.getFirst()).isEqualTo(new Token("[CLS]", 101, 0, 0));
        assertThat(tokens.getLast()).isEqualTo(new Token("[SEP]", 102, 13, 13));
    }

    @Test
    void a_rare_word_is_cut_into_a_start_and_hash_hash_continuations() {
        // Hugging Face tokenizers, same file: "unbelievably" → un ##bel ##ie ##va ##bly.
        assertThat(texts("unbelievably")).containsExactly("[CLS]", "un", "##bel", "##ie", "##va", "##bly", "[SEP]");
    }

    @Test
    void offsets_point_at_the_original_characters_even_after_accents_and_case_are_removed() {
        List<Token> tokens = tokenizer.encode("Café  OK");
        assertThat(tokens.get(1)).isEqualTo(new Token("cafe", tokenizer.id("cafe"), 0, 4));
        assertThat(tokens.get(2)).isEqualTo(new Token("ok", tokenizer.id("ok"), 6, 8));
    }

    @Test
    void a_word_over_100_characters_becomes_unk_without_a_search() {
        assertThat(texts("a".repeat(101))).containsExactly("[CLS]", "[UNK]", "[SEP]");
        assertThat(texts("a".repeat(100))).doesNotContain("[UNK]");
        WordPieceTokenizer.Search search = tokenizer.longestMatch("a".repeat(101));
        assertThat(search.unknown()).isTrue();
        assertThat(search.attempts()).isEmpty();
    }

    @Test
    void the_longest_match_search_tries_the_longest_candidate_first() {
        WordPieceTokenizer.Search search = tokenizer.longestMatch("playing");
        assertThat(search.pieces()).containsExactly("playing");
        assertThat(search.attempts()).hasSize(1);
        WordPieceTokenizer.Search tokenizing = tokenizer.longestMatch("tokenizing");
        assertThat(tokenizing.pieces()).containsExactly("token", "##izing");
        // "tokenizing", "tokenizin", …, "tokeni" fail (5 tries), "token" is found, then "##izing" at once.
        assertThat(tokenizing.attempts()).extracting(WordPieceTokenizer.Attempt::candidate)
                .containsExactly("tokenizing", "tokenizin", "tokenizi", "tokeniz", "tokeni", "token", "##izing");
        assertThat(tokenizing.attempts()).filteredOn(WordPieceTokenizer.Attempt::found).hasSize(2);
    }

    @Test
    void a_word_that_cannot_be_covered_becomes_one_unk() {
        // U+0378 is unassigned in Unicode: no piece can hold it, so the whole word is [UNK].
        assertThat(texts("ab\u0378cd")).containsExactly("[CLS]", "[UNK]", "[SEP]");
        assertThat(tokenizer.encode("ab\u0378cd").get(1)).extracting(Token::start, Token::end).containsExactly(0, 5);
    }

    @Test
    void special_tokens_typed_in_the_text_stay_whole() {
        assertThat(texts("a [MASK] b")).containsExactly("[CLS]", "a", "[MASK]", "b", "[SEP]");
    }

    @Test
    void the_trace_has_the_six_steps_and_ends_with_the_ids() {
        Tokenization t = tokenizer.tokenize("Tokenizing is fun!");
        assertThat(t.trace().steps()).extracting(Step::id).containsExactly(WordPieceTokenizer.NORMALISE,
                WordPieceTokenizer.NORMALISER_CHANGES, WordPieceTokenizer.PRE_TOKENISE, WordPieceTokenizer.LONGEST_MATCH, WordPieceTokenizer.SPECIAL_TOKENS,
                WordPieceTokenizer.IDS);
        Value.TokenList ids = (Value.TokenList) t.trace().step(WordPieceTokenizer.IDS).value();
        assertThat(ids.ids()).isEqualTo(t.tokens().stream().map(Token::id).toList());
        Value.TokenList words = (Value.TokenList) t.trace().step(WordPieceTokenizer.PRE_TOKENISE).value();
        assertThat(words.texts()).containsExactly("tokenizing", "is", "fun", "!");
        assertThat(t.tokens()).isEqualTo(tokenizer.encode("Tokenizing is fun!"));
        assertThat(tokenizer.words("Tokenizing is fun!")).containsExactly("tokenizing", "is", "fun", "!");
    }

    @Test
    void the_normaliser_not_wordpiece_lowercases_and_strips_accents() {
        // Hand check against BertNormalizer's rules: "É" is NFD E + U+0301, the mark is dropped, then lowercased;
        // "C" is only lowercased; U+200D (ZWJ, category Cf) is dropped by clean; the tab becomes a space.
        String text = "Café\tÉté\u200D";
        Value.Table changes = WordPieceTokenizer.minilm().normaliserChanges(text);
        assertThat(changes.rows()).containsExactly(
                List.of("C", "U+0043", 1, "c", "lowercase"),
                List.of("é", "U+00E9", 2, "e", "strip accents"),
                List.of("⟨CHARACTER TABULATION⟩", "U+0009", 1, "⟨SPACE⟩", "clean: every kind of white space becomes a plain space"),
                List.of("É", "U+00C9", 1, "e", "strip accents, then lowercase"),
                List.of("⟨ZERO WIDTH JOINER⟩", "U+200D", 1, "(nothing)", "clean: a control or format character is dropped"));
        Tokenization t = WordPieceTokenizer.minilm().tokenize(text);
        assertThat(t.trace().steps()).extracting(Step::id).containsExactly(WordPieceTokenizer.NORMALISE,
                WordPieceTokenizer.NORMALISER_CHANGES, WordPieceTokenizer.PRE_TOKENISE, WordPieceTokenizer.LONGEST_MATCH,
                WordPieceTokenizer.SPECIAL_TOKENS, WordPieceTokenizer.IDS);
        assertThat(t.trace().step(WordPieceTokenizer.NORMALISE).title()).startsWith("Normaliser");
        assertThat(t.trace().step(WordPieceTokenizer.LONGEST_MATCH).title()).startsWith("WordPiece");
        Value.Table beforeAfter = (Value.Table) t.trace().step(WordPieceTokenizer.NORMALISE).value();
        assertThat(beforeAfter.rows().get(1)).containsExactly("after", "cafe ete");
    }

    @Test
    void typed_special_tokens_are_not_seen_by_the_normaliser() {
        assertThat(WordPieceTokenizer.minilm().normaliserChanges("[MASK] is here").rows()).isEmpty();
    }
}
