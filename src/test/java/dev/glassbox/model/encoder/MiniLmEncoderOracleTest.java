package dev.glassbox.model.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Our plain-Java forward pass against ONNX Runtime on the same ONNX file: at least 200 sentences of Moby-Dick
 * (public domain) plus edge cases. Expected numbers: ONNX Runtime 1.23.2's {@code last_hidden_state}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MiniLmEncoderOracleTest {

    /** Largest allowed |ours − ONNX Runtime| in the last hidden state (both compute in 32-bit floats). */
    static final double HIDDEN_TOLERANCE = 1e-4;
    static final double COSINE_AT_LEAST = 0.9999;
    static final double ROW_SUM_TOLERANCE = 1e-5;
    static final int SENTENCES = 220;

    private MiniLmEncoder encoder;
    private MiniLmOracle oracle;

    @BeforeAll
    void load() {
        encoder = MiniLmEncoder.load();
        oracle = new MiniLmOracle();
    }

    @AfterAll
    void close() {
        oracle.close();
    }

    static List<String> mobyDick(int n) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/text/moby-dick-sentences.txt"), StandardCharsets.UTF_8)) {
            // every 10th sentence: a spread over the whole book
            List<String> all = lines.filter(l -> !l.isBlank()).toList();
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < all.size() && picked.size() < n; i += Math.max(1, all.size() / n)) {
                picked.add(all.get(i));
            }
            return picked;
        }
    }

    private double check(String text) {
        MiniLmOracle.Ids ids = oracle.encode(text, MiniLmEncoder.MAX_TOKENS);
        EncoderRun run = encoder.run(ids.tokens(), ids.ids());
        float[][] expected = oracle.lastHiddenState(ids.ids());
        float[][] actual = run.lastHiddenState();
        assertThat(actual.length).isEqualTo(expected.length);
        double worst = 0;
        for (int t = 0; t < expected.length; t++) {
            for (int i = 0; i < expected[t].length; i++) {
                worst = Math.max(worst, Math.abs(actual[t][i] - expected[t][i]));
            }
        }
        assertThat(worst).as("max |Δ| of the last hidden state for %s", text).isLessThanOrEqualTo(HIDDEN_TOLERANCE);
        double[] reference = MiniLmOracle.meanPooledNormalised(expected);
        double cosine = 0;
        for (int i = 0; i < reference.length; i++) {
            cosine += reference[i] * run.sentenceEmbedding()[i];
        }
        assertThat(cosine).as("cosine of the sentence embeddings for %s", text).isGreaterThanOrEqualTo(COSINE_AT_LEAST);
        return worst;
    }

    @Test
    void the_last_hidden_state_matches_onnx_runtime_on_moby_dick() throws IOException {
        List<String> sentences = mobyDick(SENTENCES);
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(200);
        double worst = 0;
        for (String s : sentences) {
            worst = Math.max(worst, check(s));
        }
        System.out.printf("max |Δ| over %d sentences: %.3g%n", sentences.size(), worst);
    }

    @Test
    void edge_cases_match_onnx_runtime() throws IOException {
        check("Whale");
        check("?!... ,;:");
        String longText = String.join(" ", mobyDick(40));
        MiniLmOracle.Ids ids = oracle.encode(longText, MiniLmEncoder.MAX_TOKENS);
        assertThat(ids.ids()).hasSize(MiniLmEncoder.MAX_TOKENS);
        check(longText);
    }

    @Test
    void every_attention_row_of_every_head_sums_to_one() {
        MiniLmOracle.Ids ids = oracle.encode("The animal didn't cross the street because it was too tired.", 128);
        EncoderRun run = encoder.run(ids.tokens(), ids.ids());
        for (int l = 0; l < MiniLmEncoder.LAYERS; l++) {
            for (int h = 0; h < MiniLmEncoder.HEADS; h++) {
                for (float[] row : run.attention(l, h)) {
                    double sum = 0;
                    for (float p : row) {
                        assertThat(p).isBetween(0f, 1f);
                        sum += p;
                    }
                    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(ROW_SUM_TOLERANCE));
                }
            }
        }
    }
}
