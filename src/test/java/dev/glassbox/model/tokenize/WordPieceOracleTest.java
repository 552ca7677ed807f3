package dev.glassbox.model.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oracle: the Hugging Face {@code tokenizers} library (Rust, through DJL's Java binding), loading the very same
 * {@code tokenizer.json} from a local file, must give the same ids as {@link WordPieceTokenizer} on every text.
 * Its truncation and padding (128, from the file) are switched off, since Glassbox shows every token.
 */
class WordPieceOracleTest {

    @TempDir
    static Path dir;

    static HuggingFaceTokenizer oracle;

    private final WordPieceTokenizer tokenizer = WordPieceTokenizer.minilm();

    @BeforeAll
    static void loadOracle() throws IOException {
        Path json = dir.resolve("tokenizer.json");
        try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(WordPieceTokenizer.MINILM_RESOURCE)) {
            Files.copy(in, json, StandardCopyOption.REPLACE_EXISTING);
        }
        oracle = HuggingFaceTokenizer.newInstance(json, Map.of("truncation", "false", "padding", "false"));
    }

    @AfterAll
    static void closeOracle() {
        oracle.close();
    }

    private List<String> disagreements(List<String> texts) {
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            long[] expected = oracle.encode(text).getIds();
            long[] actual = tokenizer.encode(text).stream().mapToLong(Token::id).toArray();
            if (!Arrays.equals(expected, actual)) {
                Encoding e = oracle.encode(text);
                wrong.add(text.length() > 200 ? text.substring(0, 200) + "…" : text);
                wrong.add("  expected " + Arrays.toString(e.getTokens()));
                wrong.add("  actual   " + tokenizer.encode(text).stream().map(Token::text).toList());
            }
        }
        return wrong;
    }

    @Test
    void the_vocabulary_has_30522_pieces() {
        // Size from the model card of bert-base-uncased / all-MiniLM-L6-v2 (vocab_size 30522 in config.json).
        assertThat(tokenizer.vocabularySize()).isEqualTo(30_522);
        assertThat(tokenizer.id("[CLS]")).isEqualTo(101);
        assertThat(tokenizer.id("[SEP]")).isEqualTo(102);
        assertThat(tokenizer.id("[UNK]")).isEqualTo(100);
    }

    @Test
    void ids_are_identical_to_hugging_face_on_2500_sentences_of_moby_dick() {
        List<String> lines = TokenizerOracleCases.mobyDick();
        assertThat(lines).hasSize(2_500);
        assertThat(disagreements(lines)).isEmpty();
    }

    @Test
    void character_offsets_are_identical_to_hugging_face_on_moby_dick() {
        List<String> wrong = new ArrayList<>();
        for (String text : TokenizerOracleCases.mobyDick()) {
            ai.djl.huggingface.tokenizers.jni.CharSpan[] spans = oracle.encode(text).getCharTokenSpans();
            List<Token> tokens = tokenizer.encode(text);
            for (int n = 1; n < tokens.size() - 1; n++) {
                if (spans[n].getStart() != tokens.get(n).start() || spans[n].getEnd() != tokens.get(n).end()) {
                    wrong.add(text + " @" + n + " expected " + spans[n].getStart() + ".." + spans[n].getEnd() + " actual " + tokens.get(n));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void ids_are_identical_to_hugging_face_on_unicode_edge_cases() {
        assertThat(disagreements(TokenizerOracleCases.edgeCases())).isEmpty();
    }
}
