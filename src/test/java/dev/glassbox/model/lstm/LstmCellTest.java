package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LstmCellTest {

    /** Rounding of one multiply-add in double precision. */
    private static final double EXACT = 1e-12;

    private static final CharLstm LSTM = CharLstm.load();

    @Property(tries = 30)
    void gates_lie_in_their_ranges_and_the_cell_follows_its_equation(
            @ForAll @StringLength(min = 1, max = 80) String text) {
        if (text.isBlank() || text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE)) {
            return; // the learner-text rules refuse these; tested elsewhere
        }
        LstmReading reading = LSTM.read(text, WhatIf.NONE);
        for (LstmStep s : reading.steps()) {
            for (int j = 0; j < s.h().length; j++) {
                assertThat(s.f()[j]).isBetween(0.0, 1.0);
                assertThat(s.i()[j]).isBetween(0.0, 1.0);
                assertThat(s.o()[j]).isBetween(0.0, 1.0);
                assertThat(s.g()[j]).isBetween(-1.0, 1.0);
                assertThat(s.h()[j]).isBetween(-1.0, 1.0);
                assertThat(s.c()[j]).isCloseTo(s.f()[j] * s.cPrev()[j] + s.i()[j] * s.g()[j], within(EXACT));
                assertThat(s.h()[j]).isCloseTo(s.o()[j] * Math.tanh(s.c()[j]), within(EXACT));
                assertThat(s.f()[j]).isCloseTo(LstmCell.sigmoid(s.zf()[j]), within(EXACT));
            }
        }
    }

    @Test
    void the_first_step_starts_from_zero_state_and_each_step_continues_the_last() {
        LstmReading reading = LSTM.read("Call me Ishmael.", WhatIf.NONE);
        assertThat(reading.step(0).hPrev()).containsOnly(0.0);
        assertThat(reading.step(0).cPrev()).containsOnly(0.0);
        for (int t = 1; t < reading.size(); t++) {
            assertThat(reading.step(t).cPrev()).containsExactly(reading.step(t - 1).c());
            assertThat(reading.step(t).hPrev()).containsExactly(reading.step(t - 1).h());
        }
    }

    @Test
    void next_character_probabilities_sum_to_one() {
        LstmReading reading = LSTM.read("The whale", WhatIf.NONE);
        for (int t = 0; t < reading.size(); t++) {
            assertThat(Arrays.stream(reading.probabilities(t)).sum()).isCloseTo(1.0, within(1e-12));
        }
        List<LstmReading.Prediction> top = reading.top(7, 5); // after "The whal"
        assertThat(top).hasSize(5);
        assertThat(top.get(0).probability()).isGreaterThanOrEqualTo(top.get(1).probability());
        assertThat(top.get(0).character()).isEqualTo("e"); // "whal" is followed by "e" throughout Moby-Dick
    }

    @Test
    void forcing_the_gates_changes_the_memory_as_the_equation_says() {
        String text = "Call me Ishmael.";
        LstmReading zero = LSTM.read(text, new WhatIf(WhatIf.Forget.ZERO, false));
        LstmReading keep = LSTM.read(text, new WhatIf(WhatIf.Forget.ONE, false));
        LstmReading nothingNew = LSTM.read(text, new WhatIf(WhatIf.Forget.AS_TRAINED, true));
        LstmReading empty = LSTM.read(text, new WhatIf(WhatIf.Forget.ZERO, true));
        for (int t = 0; t < zero.size(); t++) {
            assertThat(zero.step(t).f()).containsOnly(0.0);
            assertThat(zero.step(t).c()).containsExactly(zero.step(t).added()); // c = i ⊙ g
            assertThat(nothingNew.step(t).c()).containsOnly(0.0);               // nothing is ever written
            assertThat(empty.step(t).h()).containsOnly(0.0);
        }
        double sum = 0;
        double previous = 0;
        for (int t = 0; t < keep.size(); t++) {
            // with f = 1 the memory is the running sum of everything added
            sum += keep.step(t).added()[7];
            assertThat(keep.step(t).c()[7]).isCloseTo(sum, within(1e-9));
            previous = sum;
        }
        assertThat(previous).isNotZero();
    }

    @Test
    void characters_outside_the_vocabulary_are_read_as_unknown() {
        LstmReading reading = LSTM.read("Café 🐋!", WhatIf.NONE);
        assertThat(reading.size()).isEqualTo(7); // the whale is one code point, one step
        assertThat(reading.isUnknown(3)).isTrue();
        assertThat(reading.isUnknown(5)).isTrue();
        assertThat(reading.isUnknown(6)).isFalse();
        assertThat(reading.label(3)).isEqualTo("é (unknown)");
        assertThat(reading.index(3)).isEqualTo(CharVocabulary.UNKNOWN);
    }

    @Test
    void the_trace_of_a_step_holds_every_gate_in_order() {
        LstmReading reading = LSTM.read("Hi", WhatIf.NONE);
        var trace = reading.trace(1);
        assertThat(trace.steps()).extracting(s -> s.id()).containsExactly(LstmReading.X, LstmReading.H_PREV,
                LstmReading.C_PREV, LstmReading.Z_F, LstmReading.F, LstmReading.Z_I, LstmReading.I, LstmReading.Z_G,
                LstmReading.G, LstmReading.Z_O, LstmReading.O, LstmReading.KEPT, LstmReading.ADDED, LstmReading.C,
                LstmReading.H, LstmReading.Y, LstmReading.P);
        var c = (dev.glassbox.model.trace.Value.Vector) trace.step(LstmReading.C).value();
        assertThat(c.values()).containsExactly(reading.step(1).c());
    }

    @Test
    void empty_and_over_long_text_is_refused_with_one_sentence() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LSTM.read(" ", WhatIf.NONE))
                .isInstanceOf(dev.glassbox.model.text.InvalidInputException.class).hasMessageContaining("empty");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LSTM.read("a".repeat(501), WhatIf.NONE))
                .isInstanceOf(dev.glassbox.model.text.InvalidInputException.class).hasMessageContaining("at most 500");
    }
}
