package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.encoder.MiniLmOracle;
import dev.glassbox.model.text.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextualEmbeddingTest {

    /** Our encoder agrees with ONNX Runtime to 1e-4 per number (MiniLmEncoderOracleTest); a mean of rows keeps that. */
    private static final double VECTOR_TOLERANCE = 1e-4;
    /** A cosine of vectors that agree to 1e-4 per number agrees to well within 1e-3. */
    private static final double COSINE_TOLERANCE = 1e-3;

    private MiniLmLoader loader;
    private MiniLmEncoder encoder;
    private MiniLmOracle oracle;

    @BeforeAll
    void load() {
        loader = new MiniLmLoader(MiniLmEncoder::load, 16L << 20);
        encoder = loader.await(Duration.ofMinutes(5));
        oracle = new MiniLmOracle();
    }

    @AfterAll
    void close() {
        oracle.close();
    }

    @Test
    void the_word_vector_is_the_mean_of_its_tokens_rows_as_onnx_runtime_computes_them() {
        ContextualEmbedding.Comparison c = ContextualEmbedding.compare(loader, encoder, "Unbelievably",
                "Unbelievably, the bank was closed.", "It was unbelievably cold by the river bank.",
                "Unbelievably, it rained.");
        // Independent reference: ONNX Runtime's last_hidden_state for the same ids, averaged over the word's tokens.
        for (ContextualEmbedding.Reading r : List.of(c.first(), c.second(), c.third())) {
            MiniLmOracle.Ids ids = oracle.encode(r.sentence(), MiniLmEncoder.MAX_TOKENS);
            assertThat(ids.tokens()).isEqualTo(r.tokens());
            float[][] h = oracle.lastHiddenState(ids.ids());
            double[] v = r.vector();
            for (int j = 0; j < v.length; j++) {
                double mean = 0;
                for (int t = r.from(); t < r.to(); t++) {
                    mean += h[t][j];
                }
                assertThat(v[j]).isCloseTo(mean / (r.to() - r.from()), within(VECTOR_TOLERANCE));
            }
        }
        assertThat(c.first().pieces()).containsExactlyElementsOf(c.second().pieces());
        assertThat(c.first().pieces().size()).isGreaterThan(1);
    }

    @Test
    void context_changes_the_vector_of_bank() {
        ContextualEmbedding.Comparison two = ContextualEmbedding.compare(loader, encoder, ContextualEmbedding.WORD,
                ContextualEmbedding.SENTENCE_1, ContextualEmbedding.SENTENCE_2, ContextualEmbedding.SENTENCE_3);
        ContextualEmbedding.Comparison same = ContextualEmbedding.compare(loader, encoder, "bank",
                ContextualEmbedding.SENTENCE_1, ContextualEmbedding.SENTENCE_1, ContextualEmbedding.SENTENCE_1);
        assertThat(same.cosine()).isCloseTo(1.0, within(1e-9));
        assertThat(two.cosine()).isLessThan(same.cosine() - 0.05).isGreaterThan(-1);
        assertThat(two.trace().step(ContextualEmbedding.COSINE).value()).isEqualTo(new dev.glassbox.model.trace.Value.Scalar(two.cosine()));
        assertThat(two.first().pieces()).containsExactly("bank");
    }

    @Test
    void the_same_sense_and_unrelated_words_are_the_baselines_as_onnx_runtime_computes_them() {
        ContextualEmbedding.Comparison c = ContextualEmbedding.compare(loader, encoder, ContextualEmbedding.WORD,
                ContextualEmbedding.SENTENCE_1, ContextualEmbedding.SENTENCE_2, ContextualEmbedding.SENTENCE_3);
        assertThat(c.sameSense()).isCloseTo(CosineSimilarity.cosine(c.first().vector(), c.third().vector()), within(1e-12));
        // Independent reference for the floor: ONNX Runtime's last hidden states of the first two sentences, every
        // token of another word (letters or digits, not [CLS]/[SEP], not "bank") of one against every token of a
        // different text in the other, cosines averaged here by hand.
        float[][] h1 = oracle.lastHiddenState(oracle.encode(ContextualEmbedding.SENTENCE_1, MiniLmEncoder.MAX_TOKENS).ids());
        float[][] h2 = oracle.lastHiddenState(oracle.encode(ContextualEmbedding.SENTENCE_2, MiniLmEncoder.MAX_TOKENS).ids());
        List<String> t1 = c.first().tokens(), t2 = c.second().tokens();
        double sum = 0;
        int pairs = 0;
        for (int i = 1; i < t1.size() - 1; i++) {
            for (int j = 1; j < t2.size() - 1; j++) {
                boolean words = t1.get(i).matches(".*[a-z0-9].*") && t2.get(j).matches(".*[a-z0-9].*");
                if (words && !t1.get(i).equals("bank") && !t2.get(j).equals("bank") && !t1.get(i).equals(t2.get(j))) {
                    sum += cos(h1[i], h2[j]);
                    pairs++;
                }
            }
        }
        assertThat(c.pairs()).isEqualTo(pairs);
        assertThat(c.unrelated()).isCloseTo(sum / pairs, within(COSINE_TOLERANCE));
        // the measured facts the lesson's sentence is built from, for the default sentences
        assertThat(c.unrelated()).isGreaterThan(0);
        assertThat(c.sameSense()).isGreaterThan(c.cosine());
    }

    private static double cos(float[] a, float[] b) {
        double dot = 0, aa = 0, bb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            aa += a[j] * a[j];
            bb += b[j] * b[j];
        }
        return dot / Math.sqrt(aa * bb);
    }

    @Test
    void a_word_must_stand_whole_in_both_sentences() {
        assertThat(ContextualEmbedding.find(List.of("[CLS]", "bank", "##s", "[SEP]"), List.of("bank"))).isEqualTo(-1);
        assertThat(ContextualEmbedding.find(List.of("[CLS]", "the", "bank", "[SEP]"), List.of("bank"))).isEqualTo(2);
        assertThatThrownBy(() -> ContextualEmbedding.compare(loader, encoder, "bank", "The banks are closed.", "A bank.", "A bank."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("first sentence does not contain");
        assertThatThrownBy(() -> ContextualEmbedding.compare(loader, encoder, " ", "a", "b", "c"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ContextualEmbedding.compare(loader, encoder, "two words", "a", "b", "c"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one word");
        assertThatThrownBy(() -> ContextualEmbedding.compare(loader, encoder, "\u0007", "a", "b", "c"))
                .isInstanceOf(InvalidInputException.class);
    }
}
