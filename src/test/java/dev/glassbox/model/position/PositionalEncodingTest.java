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

    @Test
    void at_sixteen_dimensions_similarity_does_not_simply_fade_with_distance() {
        // Independent: cos(PE(0), PE(k)) computed with Python's math module from the §3.5 formula (16 positions,
        // dModel 16): lag 3 → 0.6928876326631179, lag 4 → 0.6949596005553204, lag 6 → 0.8055955154705405,
        // lag 10 → 0.45578864894146 (the lowest).
        PositionalEncoding.LagProfile p = PositionalEncoding.lagProfile(
                PositionalEncoding.cosines(PositionalEncoding.sinusoidal(16, 16)));
        assertThat(p.at(3)).isCloseTo(0.6928876326631179, within(1e-9));
        assertThat(p.at(6)).isCloseTo(0.8055955154705405, within(1e-9));
        assertThat(p.firstRise()).isEqualTo(4);
        assertThat(p.peakAfterRise()).isEqualTo(6);
        assertThat(p.lowest()).isEqualTo(10);
        assertThat(p.at(10)).isCloseTo(0.45578864894146, within(1e-9));
    }

    @Test
    void a_similarity_that_only_falls_has_no_rise() {
        // By hand: rows at 0°, 30°, 60° and 90° on a circle; cos between them is cos 30° = 0.8660, cos 60° = 0.5, 0.
        double[][] rows = new double[4][];
        for (int i = 0; i < 4; i++) {
            rows[i] = new double[] {Math.cos(i * Math.PI / 6), Math.sin(i * Math.PI / 6)};
        }
        PositionalEncoding.LagProfile p = PositionalEncoding.lagProfile(PositionalEncoding.cosines(rows));
        assertThat(p.at(1)).isCloseTo(0.8660254037844387, within(TOLERANCE));
        assertThat(p.at(2)).isCloseTo(0.5, within(TOLERANCE));
        assertThat(p.firstRise()).isEqualTo(-1);
        assertThat(p.peakAfterRise()).isEqualTo(-1);
        assertThat(p.lowest()).isEqualTo(3);
    }
}
