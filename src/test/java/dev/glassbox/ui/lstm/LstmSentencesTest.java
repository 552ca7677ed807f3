package dev.glassbox.ui.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.GateProfile;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.VanishingGradient;
import dev.glassbox.model.lstm.WhatIf;
import org.junit.jupiter.api.Test;

/** The lesson's computed claims, pinned to the shipped network's own numbers. */
class LstmSentencesTest {

    private static final CharLstm LSTM = CharLstm.load();

    @Test
    void the_forget_dip_claim_names_the_kind_of_character_where_the_network_forgets_most() {
        String text = "Call me Ishmael. Some years ago, never mind how long precisely";
        LstmReading reading = LSTM.read(text, WhatIf.NONE);
        // Independently of GateProfile: mean f over units per step, then over the steps of each kind.
        String[] kinds = {"a space", "the first letter of a word", "a later letter of a word",
                "punctuation or another sign"};
        double[] sum = new double[4];
        int[] count = new int[4];
        for (int t = 0; t < reading.size(); t++) {
            LstmStep s = reading.step(t);
            double mean = 0;
            for (double f : s.f()) {
                mean += f;
            }
            mean /= s.f().length;
            char ch = text.charAt(t);
            int kind = ch == ' ' ? 0 : !Character.isLetter(ch) ? 3
                    : t > 0 && Character.isLetter(text.charAt(t - 1)) ? 2 : 1;
            sum[kind] += mean;
            count[kind]++;
        }
        int lowest = 0;
        for (int k = 1; k < 4; k++) {
            if (sum[k] / count[k] < sum[lowest] / count[lowest]) {
                lowest = k;
            }
        }
        double outside = 0;
        int outsideCount = 0;
        for (int k = 0; k < 4; k++) {
            if (k != lowest) {
                outside += sum[k];
                outsideCount += count[k];
            }
        }
        String claim = LstmSentences.forgetDip(GateProfile.of(reading, Gate.F), WhatIf.NONE);
        assertThat(claim).contains("when the network reads " + kinds[lowest] + ": mean f = "
                + LstmSentences.number(sum[lowest] / count[lowest]) + " over " + count[lowest] + " steps, against "
                + LstmSentences.number(outside / outsideCount) + " at the other steps");
    }

    @Test
    void the_vanishing_gradient_example_uses_the_sentences_own_forget_gates() {
        String text = "Call me Ishmael. Some years ago, never mind how long precisely";
        LstmReading reading = LSTM.read(text, WhatIf.NONE);
        VanishingGradient v = VanishingGradient.of(reading);
        int unit = v.shortestUnit();
        double product = 1;
        for (int t = reading.size() - 30; t < reading.size(); t++) {
            product *= reading.step(t).f()[unit];
        }
        String example = LstmSentences.vanishing(v, WhatIf.NONE);
        assertThat(example).startsWith("Over the last 30 steps of your sentence")
                .contains("Unit " + unit + " keeps the least")
                .contains("product " + LstmSentences.number(product))
                .contains("30 factors of 0.5 multiply to 9.313 × 10⁻¹⁰"); // 0.5^30 = 2^-30 = 9.3132e-10
        assertThat(LstmSentences.vanishing(VanishingGradient.of(LSTM.read(text, new WhatIf(WhatIf.Forget.ZERO,
                false))), new WhatIf(WhatIf.Forget.ZERO, false))).contains("the product is 0 for every unit");
    }
}
