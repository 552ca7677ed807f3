package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.trace.Value;
import org.junit.jupiter.api.Test;

class MemoryTapeTest {

    /** Rounding of a few hundred additions in double precision. */
    private static final double EXACT = 1e-12;

    @Test
    void the_tape_holds_the_mean_forget_gate_and_the_chosen_units_memory() {
        CharLstm lstm = CharLstm.load();
        LstmReading reading = lstm.read("Ahab", WhatIf.NONE);
        Value.Matrix tape = MemoryTape.of(reading, 2);
        assertThat(tape.values()).hasDimensions(6, 4);
        for (int t = 0; t < 4; t++) {
            LstmStep s = reading.step(t);
            double mean = 0;
            for (double f : s.f()) {
                mean += f / s.f().length;
            }
            assertThat(tape.values()[0][t]).isCloseTo(mean, within(EXACT));
            // the invariant c_t = f·c_{t−1} + i·g for the chosen unit
            assertThat(tape.values()[5][t]).isCloseTo(s.f()[2] * s.cPrev()[2] + tape.values()[4][t], within(EXACT));
        }
        assertThat(tape.columnLabels()).containsExactly("1 A", "2 h", "3 a", "4 b");
    }
}
