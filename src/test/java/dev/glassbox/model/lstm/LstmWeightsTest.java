package dev.glassbox.model.lstm;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class LstmWeightsTest {

    @Test
    void the_committed_weights_are_small_and_survive_a_round_trip_exactly() throws Exception {
        LstmWeights weights = CharLstm.load().weights();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        weights.write(out);
        assertThat(out.size()).isLessThan(5_000_000);
        LstmWeights back = LstmWeights.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.wh()).isDeepEqualTo(weights.wh());
        assertThat(back.wx()).isDeepEqualTo(weights.wx());
        assertThat(back.by()).containsExactly(weights.by());
        assertThat(back.vocabulary().known()).isEqualTo(weights.vocabulary().known());
        assertThat(weights.vocabulary().size()).isBetween(71, 101); // 70–100 characters plus the unknown one
    }

    @Test
    void the_vocabulary_maps_unseen_characters_to_unknown() {
        CharVocabulary vocabulary = new CharVocabulary("ab ");
        assertThat(vocabulary.encode("a b?")).containsExactly(1, 3, 2, CharVocabulary.UNKNOWN);
        assertThat(vocabulary.symbol(CharVocabulary.UNKNOWN)).isEqualTo(CharVocabulary.UNKNOWN_LABEL);
    }
}
