package dev.glassbox.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CharNGramTest {

    @Test
    void probabilities_of_every_next_character_sum_to_one() {
        int[] text = {0, 1, 2, 1, 2, 3, 1, 2, 0, 1, 2, 1};
        CharNGram model = new CharNGram(3, 4, 0.75, text);
        for (int t = 2; t < text.length; t++) {
            double sum = 0;
            for (int c = 0; c < 4; c++) {
                int[] probe = text.clone();
                probe[t] = c;
                sum += model.probability(probe, t);
            }
            assertThat(sum).as("context at %d", t).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void a_longer_context_predicts_repetitive_text_better() {
        int[] text = new int[300];
        for (int t = 0; t < text.length; t++) {
            text[t] = t % 5; // 0 1 2 3 4 0 1 2 …
        }
        double unigram = new CharNGram(1, 5, 0.75, text).perplexity(text);
        double trigram = new CharNGram(3, 5, 0.75, text).perplexity(text);
        assertThat(unigram).isCloseTo(5.0, within(0.1));
        assertThat(trigram).isLessThan(1.1);
    }
}
