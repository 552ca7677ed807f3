package dev.glassbox.model.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pronoun search: what it finds in the Winograd pairs, and that every weight it reports is the model's own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadSearchTest {

    private MiniLmLoader loader;
    private MiniLmEncoder encoder;

    @BeforeAll
    void load() {
        loader = new MiniLmLoader(MiniLmEncoder::load, 64L << 20);
        encoder = loader.await(Duration.ofMinutes(3));
    }

    private HeadSearch.Resolution resolve(String sentence) {
        return HeadSearch.resolve(loader.run(encoder, EncoderInput.of(sentence)));
    }

    private static String found(HeadSearch.Resolution r, List<String> tokens) {
        return tokens.get(r.found().key());
    }

    @Test
    void both_sentences_of_a_winograd_pair_get_the_same_word_whatever_it_refers_to() {
        // A reader resolves "it" to the animal ("too tired") and to the street ("too wide"), to the trophy ("too big")
        // and to the suitcase ("too small"); the search over all 72 heads picks the same word within each pair.
        for (String[] pair : new String[][] {
                {"The animal didn't cross the street because it was too tired.", "animal"},
                {"The animal didn't cross the street because it was too wide.", "animal"},
                {"The trophy didn't fit in the suitcase because it was too big.", "trophy"},
                {"The trophy didn't fit in the suitcase because it was too small.", "trophy"}}) {
            EncoderRun run = loader.run(encoder, EncoderInput.of(pair[0]));
            HeadSearch.Resolution r = HeadSearch.resolve(run);
            assertThat(found(r, run.tokens())).as(pair[0]).isEqualTo(pair[1]);
        }
    }

    @Test
    void every_candidate_weight_is_the_models_own_and_the_best_head_is_the_maximum() {
        EncoderRun run = loader.run(encoder, EncoderInput.of("The animal didn't cross the street because it was too wide."));
        HeadSearch.Resolution r = HeadSearch.resolve(run);
        assertThat(r.candidates()).extracting(HeadSearch.Candidate::word).contains("animal", "street");
        assertThat(r.candidates()).extracting(HeadSearch.Candidate::word).doesNotContain("the", "it", "because", "didn");
        for (HeadSearch.Candidate c : r.candidates()) {
            assertThat(c.inFound()).isEqualTo(run.attention(r.found().layer(), r.found().head())[r.pronoun()][c.key()]);
            float max = 0;
            for (int l = 0; l < MiniLmEncoder.LAYERS; l++) {
                for (int h = 0; h < MiniLmEncoder.HEADS; h++) {
                    max = Math.max(max, run.attention(l, h)[r.pronoun()][c.key()]);
                }
            }
            assertThat(c.best().weight()).isEqualTo(max);
            assertThat(c.best().weight()).isEqualTo(run.attention(c.best().layer(), c.best().head())[r.pronoun()][c.key()]);
            assertThat(c.inFound()).isLessThanOrEqualTo(r.found().weight());
        }
    }

    @Test
    void a_sentence_without_a_pronoun_has_no_resolution() {
        assertThat(resolve("The cat sat on the mat.")).isNull();
    }
}
