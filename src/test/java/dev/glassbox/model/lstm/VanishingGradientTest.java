package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VanishingGradientTest {

    /** Thirty multiplications in double precision. */
    private static final double RELATIVE = 1e-13;

    @Test
    void the_gradient_along_the_memory_is_the_product_of_the_last_thirty_forget_gates() {
        // 35 steps, two units: unit 0 has f = 0.5 everywhere, unit 1 f = 0.95, except the first five steps
        // (outside the 30 looked at), where both are 0. Python: 0.5**30 = 9.313225746154785e-10,
        // 0.95**30 = 0.21463876394293727.
        double[][] f = new double[35][];
        for (int t = 0; t < 35; t++) {
            f[t] = t < 5 ? new double[] {0, 0} : new double[] {0.5, 0.95};
        }
        VanishingGradient v = VanishingGradient.of(SyntheticReadings.of("a".repeat(35), f));
        assertThat(v.steps()).isEqualTo(30);
        assertThat(v.product(0)).isCloseTo(9.313225746154785e-10, within(9.313225746154785e-10 * RELATIVE));
        assertThat(v.product(1)).isCloseTo(0.21463876394293727, within(0.21463876394293727 * RELATIVE));
        assertThat(v.typicalFactor(1)).isCloseTo(0.95, within(1e-12));
        assertThat(v.longestUnit()).isEqualTo(1);
        assertThat(v.shortestUnit()).isEqualTo(0);
        assertThat(v.factors(0)).hasSize(30).containsOnly(0.5);
    }

    @Test
    void a_short_sentence_uses_all_its_steps() {
        // Python: 0.5 * 0.8 * 0.9 = 0.36
        VanishingGradient v = VanishingGradient.of(SyntheticReadings.of("abc", new double[][] {{0.5}, {0.8}, {0.9}}));
        assertThat(v.steps()).isEqualTo(3);
        assertThat(v.product(0)).isCloseTo(0.36, within(1e-15));
    }

    @Test
    void forcing_the_forget_gate_makes_the_product_zero_or_one() {
        CharLstm lstm = CharLstm.load();
        String text = "Call me Ishmael. Some years ago, never mind how long";
        VanishingGradient zero = VanishingGradient.of(lstm.read(text, new WhatIf(WhatIf.Forget.ZERO, false)));
        VanishingGradient one = VanishingGradient.of(lstm.read(text, new WhatIf(WhatIf.Forget.ONE, false)));
        for (int j = 0; j < lstm.weights().hiddenSize(); j++) {
            assertThat(zero.product(j)).isZero();
            assertThat(one.product(j)).isEqualTo(1.0);
        }
    }
}
