package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GateProfileTest {

    /** A few additions of doubles. */
    private static final double EXACT = 1e-12;

    @Test
    void the_forget_gate_is_averaged_over_units_and_then_over_each_kind_of_character() {
        // "ab c", two units. By hand: step means 0.3 (a, first letter), 0.9 (b, later letter), 0.6 (space),
        // 0.2 (c, first letter). First letters: (0.3 + 0.2) / 2 = 0.25 over 2 steps — the lowest kind;
        // the other steps: (0.9 + 0.6) / 2 = 0.75.
        LstmReading reading = SyntheticReadings.of("ab c",
                new double[][] {{0.2, 0.4}, {0.8, 1.0}, {0.6, 0.6}, {0.1, 0.3}});
        GateProfile profile = GateProfile.of(reading, Gate.F);
        assertThat(profile.atStep(1)).isCloseTo(0.9, within(EXACT));
        GateProfile.Group lowest = profile.lowest().orElseThrow();
        assertThat(lowest.kind()).isEqualTo(CharacterClass.FIRST_LETTER);
        assertThat(lowest.steps()).isEqualTo(2);
        assertThat(lowest.mean()).isCloseTo(0.25, within(EXACT));
        assertThat(profile.meanOutside(CharacterClass.FIRST_LETTER)).isCloseTo(0.75, within(EXACT));
        assertThat(profile.group(CharacterClass.SPACE).orElseThrow().mean()).isCloseTo(0.6, within(EXACT));
        assertThat(profile.group(CharacterClass.OTHER)).isEmpty();
    }

    @Test
    void one_kind_of_character_has_nothing_to_compare() {
        LstmReading reading = SyntheticReadings.of("  ", new double[][] {{0.2}, {0.8}}); // two spaces
        assertThat(GateProfile.of(reading, Gate.F).lowest()).isEmpty();
    }
}
