package dev.glassbox.ui.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmCell;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.ui.base.Prediction;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The LSTM lesson's questions against the shipped network's own numbers, computed a second way. */
class LstmQuestionsTest {

    private static final CharLstm LSTM = CharLstm.load();
    private static final String TEXT = "Call me Ishmael.";

    @Test
    void with_the_forget_gate_at_zero_the_cell_state_is_what_the_step_writes() {
        LstmReading reading = LSTM.read(TEXT, WhatIf.NONE);
        LstmCell cell = new LstmCell(LSTM.weights());
        for (int t : new int[] {0, 4, 15}) {
            for (int unit : new int[] {0, 17, LSTM.weights().hiddenSize() - 1}) {
                LstmStep s = reading.step(t);
                // independent: the network's own cell run again from the same h_{t−1}, c_{t−1} with f forced to 0
                double expected = cell.step(s.x(), s.hPrev(), s.cPrev(), new WhatIf(WhatIf.Forget.ZERO, false)).c()[unit];
                Prediction q = LstmQuestions.forgetZero(reading, t, unit);
                assertThat(q.truth()).isCloseTo(expected, within(1e-15));
                assertThat(q.tolerance()).isEqualTo(LstmQuestions.TOLERANCE);
                assertThat(q.prompt()).startsWith("At step " + (t + 1) + ", unit " + unit + " has f = ");
            }
        }
    }

    @Test
    void a_prediction_near_i_times_g_counts_and_the_trained_cell_state_does_not() {
        LstmReading reading = LSTM.read(TEXT, WhatIf.NONE);
        LstmStep s = reading.step(6);
        Prediction q = LstmQuestions.forgetZero(reading, 6, 3);
        assertThat(q.judge(Double.toString(s.i()[3] * s.g()[3] + 0.009))).matches(v -> ((Prediction.Verdict.Judged) v).right());
        // the trained c_t differs by f·c_{t−1}; only when that is under the tolerance would it count
        boolean far = Math.abs(s.f()[3] * s.cPrev()[3]) > LstmQuestions.TOLERANCE;
        assertThat(((Prediction.Verdict.Judged) q.judge(Double.toString(s.c()[3]))).right()).isEqualTo(!far);
    }

    @Test
    void the_most_closed_gate_has_the_smallest_mean_over_the_units() {
        LstmReading reading = LSTM.read(TEXT, WhatIf.NONE);
        for (int t = 0; t < reading.size(); t++) {
            LstmStep s = reading.step(t);
            // independent: means with streams, the smallest of f, i, o
            double f = Arrays.stream(s.f()).average().orElseThrow();
            double i = Arrays.stream(s.i()).average().orElseThrow();
            double o = Arrays.stream(s.o()).average().orElseThrow();
            String expected = f <= i && f <= o ? "f" : i <= o ? "i" : "o";
            assertThat(LstmQuestions.closedGate(reading, t).correct()).as("step " + (t + 1)).isEqualTo(expected);
        }
    }

    @Test
    void a_forced_input_gate_is_the_most_closed() {
        LstmReading reading = LSTM.read(TEXT, new WhatIf(WhatIf.Forget.AS_TRAINED, true));
        Prediction q = LstmQuestions.closedGate(reading, 3);
        assertThat(q.correct()).isEqualTo("i");
        assertThat(q.why()).contains("i = 0 and", "writes the least that is new");
    }

    @Test
    void the_list_of_questions_names_the_lessons_own_in_page_order() {
        assertThat(ViewQuestions.of("lstm")).extracting(ViewQuestions.Entry::id).containsExactly(LstmQuestions.CLOSED, LstmQuestions.FORGET);
    }
}
