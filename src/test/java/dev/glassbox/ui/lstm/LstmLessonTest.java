package dev.glassbox.ui.lstm;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LstmLessonTest {

    @Test
    void the_equations_plug_in_the_numbers_of_the_chosen_unit_and_step() {
        LstmReading reading = CharLstm.trained().read("Call me", WhatIf.NONE);
        LstmStep s = reading.step(3);
        List<String> lines = LstmLesson.equations(reading, 3, 5);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("f = σ(z_f) = σ(" + LstmLesson.n(s.zf()[5]) + ") = " + LstmLesson.n(s.f()[5]));
        assertThat(lines.get(4)).endsWith("= " + LstmLesson.n(s.c()[5]));
    }

    @Test
    void numbers_never_show_a_negative_zero() {
        assertThat(LstmLesson.n(-0.0)).isEqualTo("0.000");
        assertThat(LstmLesson.n(-0.0001)).isEqualTo("0.000");
        assertThat(LstmLesson.p(-0.25)).isEqualTo("(-0.250)");
    }

    @Test
    void the_memory_tape_has_one_column_per_step() {
        LstmReading reading = CharLstm.trained().read("Ahab", WhatIf.NONE);
        var tape = LstmLesson.memoryTape(reading, 2);
        assertThat(tape.columns()).isEqualTo(4);
        assertThat(tape.get(5, 3)).isEqualTo(reading.step(3).c()[2]);
    }

    @Test
    void the_state_round_trips_through_the_url_and_bad_values_fall_back() {
        LstmState state = new LstmState("Hi there", 3, "f", 9, "1", "0");
        LstmState.Parsed back = LstmState.parse(state.toQuery(), 128, 0);
        assertThat(back.state()).isEqualTo(state);
        assertThat(back.problems()).isEmpty();
        LstmState.Parsed bad = LstmState.parse(QueryParameters.simple(Map.of("s", "Hi", "forget", "2", "unit", "900")),
                128, 7);
        assertThat(bad.state().forget()).isEqualTo(LstmState.TRAINED);
        assertThat(bad.state().unit()).isEqualTo(7);
        assertThat(bad.problems()).hasSize(2);
        assertThat(state.whatIf()).isEqualTo(new WhatIf(WhatIf.Forget.ONE, true));
    }
}
