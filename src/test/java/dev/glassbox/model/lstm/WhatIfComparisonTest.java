package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhatIfComparisonTest {

    @Test
    void wiping_the_memory_moves_the_cell_state_and_compares_the_guesses() {
        CharLstm lstm = CharLstm.load();
        String text = "Call me Ishmael.";
        LstmReading trained = lstm.read(text, WhatIf.NONE);
        LstmReading wiped = lstm.read(text, new WhatIf(WhatIf.Forget.ZERO, true));
        WhatIfComparison w = WhatIfComparison.of(trained, wiped, 9);
        // f = 0 and i = 0: the memory is empty, so it moved by exactly its usual size.
        assertThat(w.cellChange()).isEqualTo(w.cellSize()).isPositive();
        assertThat(w.topTrained()).isEqualTo(trained.top(9, 1).getFirst().character());
        assertThat(w.topChanged()).isEqualTo(wiped.top(9, 1).getFirst().character());
        assertThat(w.steps()).isEqualTo(16);
        int changed = 0;
        for (int t = 0; t < 16; t++) {
            changed += trained.top(t, 1).getFirst().character().equals(wiped.top(t, 1).getFirst().character()) ? 0 : 1;
        }
        assertThat(w.changedSteps()).isEqualTo(changed);
        WhatIfComparison same = WhatIfComparison.of(trained, trained, 9);
        assertThat(same.cellChange()).isZero();
        assertThat(same.changedSteps()).isZero();
    }
}
