package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.trace.Value;
import org.junit.jupiter.api.Test;

class ActiveUnitsTest {

    @Test
    void the_units_that_change_most_are_chosen_and_drawn_with_steps_as_rows() {
        // Unit 0 is constant, unit 1 swings by 0.8, unit 2 by 0.2: the two that change most are 1 and 2.
        double[][] c = {{0.5, 0.1, 0.3}, {0.5, 0.9, 0.5}, {0.5, 0.1, 0.3}};
        LstmReading reading = SyntheticReadings.of("a b", new double[3][3], c);
        int[] units = ActiveUnits.of(reading, Gate.C, 2);
        assertThat(units).containsExactly(1, 2);
        Value.Matrix m = ActiveUnits.overTime(reading, Gate.C, units);
        assertThat(m.rowLabels()).containsExactly("1 a", "2 ␣", "3 b");
        assertThat(m.columnLabels()).containsExactly("unit 1", "unit 2");
        assertThat(m.values()[1]).containsExactly(0.9, 0.5);
    }

    @Test
    void a_one_step_sentence_shows_the_largest_values() {
        LstmReading reading = SyntheticReadings.of("a", new double[1][3], new double[][] {{0.1, -0.7, 0.3}});
        assertThat(ActiveUnits.of(reading, Gate.C, 2)).containsExactly(1, 2);
    }
}
