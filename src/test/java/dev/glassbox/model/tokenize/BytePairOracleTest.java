package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Oracle: jtokkit's own r50k_base encoder (an independent implementation of tiktoken's algorithm) must give the same
 * ids as {@link BytePairTokenizer}'s merge replay on every text, and decoding must give the text back.
 */
class BytePairOracleTest {

    private static final Encoding ORACLE = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.R50K_BASE);

    private final BytePairTokenizer tokenizer = BytePairTokenizer.r50k();

    private List<String> disagreements(List<String> texts) {
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            int[] expected = ORACLE.encodeOrdinary(text).toArray();
            int[] actual = tokenizer.encodeIds(text);
            if (!Arrays.equals(expected, actual)) {
                wrong.add(text.length() > 200 ? text.substring(0, 200) + "…" : text);
                wrong.add("  expected " + Arrays.toString(expected));
                wrong.add("  actual   " + Arrays.toString(actual));
            }
            List<Integer> ids = Arrays.stream(actual).boxed().toList();
            if (!tokenizer.decode(ids).equals(text)) {
                wrong.add("round trip failed: " + text);
            }
        }
        return wrong;
    }

    @Test
    void the_vocabulary_holds_50256_ranked_tokens() {
        // r50k_base: 256 bytes + 50,000 merges; <|endoftext|> (50256) is a special token outside the ranks.
        assertThat(tokenizer.vocabularySize()).isEqualTo(50_256);
        assertThat(tokenizer.text(464)).isEqualTo("The");
        assertThat(tokenizer.text(262)).isEqualTo("Ġthe");
    }

    @Test
    void ids_are_identical_to_jtokkit_on_2500_sentences_of_moby_dick() {
        List<String> lines = TokenizerOracleCases.mobyDick();
        assertThat(lines).hasSize(2_500);
        assertThat(disagreements(lines)).isEmpty();
    }

    @Test
    void ids_are_identical_to_jtokkit_on_unicode_edge_cases() {
        assertThat(disagreements(TokenizerOracleCases.edgeCases())).isEmpty();
    }

    @Test
    void the_special_end_of_text_marker_is_read_as_ordinary_text() {
        // As tiktoken's encode_ordinary: a learner typing <|endoftext|> gets its characters, never token 50256.
        assertThat(tokenizer.encodeIds("<|endoftext|>")).isEqualTo(ORACLE.encodeOrdinary("<|endoftext|>").toArray())
                .doesNotContain(50256);
    }

    @Test
    void the_traced_replay_ends_in_the_same_tokens_as_the_plain_path() {
        for (String line : TokenizerOracleCases.mobyDick().subList(0, 500)) {
            assertThat(tokenizer.tokenize(line).tokens()).isEqualTo(tokenizer.encode(line));
        }
    }
}
