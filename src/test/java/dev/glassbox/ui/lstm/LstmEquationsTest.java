package dev.glassbox.ui.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.ui.base.Formula;
import java.util.List;
import org.junit.jupiter.api.Test;

class LstmEquationsTest {

    private static final CharLstm LSTM = CharLstm.load();

    @Test
    void the_equations_carry_the_units_own_numbers_and_parse_as_formulas() {
        LstmReading reading = LSTM.read("Call me", WhatIf.NONE);
        LstmStep s = reading.step(3);
        List<LstmEquations.Line> lines = LstmEquations.equations(reading, 3, 5);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).formula()).isEqualTo("f = \\sigma(z_f) = \\sigma(" + LstmEquations.n(s.zf()[5])
                + ") = " + LstmEquations.n(s.f()[5]));
        assertThat(lines.get(4).formula()).endsWith("= " + LstmEquations.n(s.c()[5]));
        assertThat(lines).allSatisfy(line -> assertThat(line.note()).isEmpty());
        lines.forEach(line -> new Formula(line.formula())); // throws if the formula cannot be read
    }

    @Test
    void a_what_if_is_noted_beside_the_forced_gate() {
        LstmReading reading = LSTM.read("Call me", new WhatIf(WhatIf.Forget.ZERO, true));
        List<LstmEquations.Line> lines = LstmEquations.equations(reading, 2, 0);
        assertThat(lines.get(0).note()).isEqualTo("forced to 0 (what-if)");
        assertThat(lines.get(1).note()).isEqualTo("forced to 0 (what-if)");
        // f = 0 and i = 0: nothing kept, nothing added.
        assertThat(lines.get(4).formula()).endsWith("= 0 + 0 = 0");
    }

    @Test
    void numbers_are_written_once_and_negative_ones_bracketed() {
        assertThat(LstmEquations.n(-0.0)).isEqualTo("0");
        assertThat(LstmEquations.n(0.123456)).isEqualTo("0.1235");
        assertThat(LstmEquations.p(-0.25)).isEqualTo("({-0.2500})");
        assertThat(LstmEquations.n(1.5e-7)).isEqualTo("1.500 \\times 10^{-7}");
        assertThat(LstmSentences.number(9.313225746154785e-10)).isEqualTo("9.313 × 10⁻¹⁰");
    }

    @Test
    void the_top_five_table_lists_the_most_likely_characters_first() {
        LstmReading reading = LSTM.read("Ahab", WhatIf.NONE);
        var top = LstmEquations.top(reading, 2);
        assertThat(top.rows()).hasSize(5);
        assertThat((double) top.rows().get(0).get(1)).isGreaterThanOrEqualTo((double) top.rows().get(1).get(1));
    }
}
