package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateSentencesTest {

    private static final CharVocabulary VOCABULARY = new CharVocabulary("abcde ");
    /** Logits for �, a, b, c, d, e, space. */
    private static final float[] Z = {-1, 1, 0, 2, -2, 3, 0.5f};

    @Test
    void the_temperature_sentence_gives_the_top_characters_probability_at_three_temperatures() {
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(0.8, 0, 1), VOCABULARY, -1);
        // by hand: softmax(Z / τ)[e] for τ = 1, 0.5, 2 and 0.8
        double[] p = new double[4];
        double[] taus = {1, 0.5, 2, 0.8};
        for (int t = 0; t < 4; t++) {
            double sum = 0;
            for (float z : Z) {
                sum += Math.exp(z / taus[t]);
            }
            p[t] = Math.exp(3 / taus[t]) / sum;
        }
        assertThat(GenerateSentences.temperature(d, Z)).isEqualTo("At this step the most likely character is “e”: the "
                + "model gives it " + GenerateSentences.number(p[0]) + " (τ = 1), at τ = 0.5 it has "
                + GenerateSentences.number(p[1]) + " and at τ = 2 it has " + GenerateSentences.number(p[2])
                + "; at your τ = 0.8 it has " + GenerateSentences.number(p[3]) + ".");
    }

    @Test
    void the_kept_sentence_names_the_rule_and_the_renormalising_sum() {
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(1, 2, 1), VOCABULARY, -1);
        assertThat(GenerateSentences.kept(d)).startsWith("top-k = 2 cuts 5: 2 of 7 characters stay (“e”, “c”). "
                + "Together they held " + GenerateSentences.number(d.mass()));
        assertThat(GenerateSentences.kept(GenerateDistribution.of(Z, Sampling.PLAIN, VOCABULARY, -1)))
                .isEqualTo("Nothing is cut: all 7 characters stay, so renormalising changes nothing.");
        assertThat(GenerateSentences.kept(GenerateDistribution.of(Z, new Sampling(0, 0, 1), VOCABULARY, -1)))
                .isEqualTo("τ = 0 is greedy: only “e”, the most likely character, is kept, with probability 1; "
                        + "the other 6 are cut.");
    }

    @Test
    void the_draw_sentence_places_u_in_the_drawn_characters_slice() {
        // top-k = 2 keeps e then c; c's slice starts where e's ends
        GenerateDistribution d = GenerateDistribution.of(Z, new Sampling(1, 2, 1), VOCABULARY, 3);
        double e = d.row(5).drawn();
        assertThat(GenerateSentences.draw(d, 0.9, 3, 42)).isEqualTo("For character 3 the generator seeded with 42 gave "
                + "its 3rd number, u = 0.9000. Laid end to end in the list's order, the 2 kept characters fill [0, 1) "
                + "with slices as wide as their probabilities; u fell in “c”’s slice [" + GenerateSentences.number(e)
                + ", 1), so “c” was written (probability " + GenerateSentences.number(d.row(3).drawn()) + ").");
    }

    @Test
    void past_the_context_it_says_from_which_character_the_window_slides() {
        assertThat(GenerateSentences.context(200, 57, 256)).isEmpty(); // character 257 still reads all 256 before it
        assertThat(GenerateSentences.context(200, 58, 256)).contains("from character 258 on");
    }

    @Test
    void a_rewrite_says_where_the_text_first_differs() {
        assertThat(GenerateSentences.rewritten(List.of("a", "b", " "), List.of("a", "b", "c")))
                .startsWith("Rewritten from the same seed with the new settings: the first 2 characters came out the "
                        + "same, then “␣” became “c”.");
        assertThat(GenerateSentences.rewritten(List.of("a"), List.of("a")))
                .isEqualTo("Rewritten from the same seed with the new settings: the one character came out the same.");
    }

    @Test
    void ordinals() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111).stream().map(GenerateSentences::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th");
    }
}
