package dev.glassbox.model.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PositionalEncodingTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void matches_the_formula_of_section_3_5_by_hand() {
        // By hand from Vaswani et al. 2017, §3.5, with dModel = 4: ω₀ = 1, ω₁ = 1/10000^(2/4) = 1/100.
        double[][] pe = PositionalEncoding.sinusoidal(3, 4);
        assertThat(pe[0]).containsExactly(0, 1, 0, 1);
        assertThat(pe[1][0]).isCloseTo(0.8414709848078965, within(TOLERANCE)); // sin 1
        assertThat(pe[1][1]).isCloseTo(0.5403023058681398, within(TOLERANCE)); // cos 1
        assertThat(pe[2][2]).isCloseTo(0.019998666693333080, within(TOLERANCE)); // sin 0.02
        assertThat(pe[2][3]).isCloseTo(0.9998000066665778, within(TOLERANCE)); // cos 0.02
    }

    @Test
    void cosine_similarity_depends_only_on_the_distance_between_positions() {
        double[][] c = PositionalEncoding.cosines(PositionalEncoding.sinusoidal(20, 16));
        for (int a = 0; a < 20; a++) {
            assertThat(c[a][a]).isCloseTo(1, within(TOLERANCE));
            for (int b = 0; b < 20; b++) {
                assertThat(c[a][b]).isCloseTo(c[b][a], within(TOLERANCE));
                if (a + 1 < 20 && b + 1 < 20) {
                    assertThat(c[a + 1][b + 1]).isCloseTo(c[a][b], within(1e-9));
                }
            }
        }
    }
}
