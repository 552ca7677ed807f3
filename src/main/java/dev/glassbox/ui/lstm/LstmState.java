package dev.glassbox.ui.lstm;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.ui.base.Query;
import java.util.Arrays;
import java.util.List;

/**
 * The LSTM lesson's state, as its URL carries it: {@code ?s=…&t=5&gate=c&unit=17&forget=0&input=0}. {@code t} is
 * the chosen time step (1-based; clamped to the sentence), {@code gate} the quantity in the heatmap, {@code unit}
 * the hidden unit whose equations are written out, {@code forget} = trained | 0 | 1 and {@code input} =
 * trained | 0 the what-if switches.
 */
record LstmState(String sentence, int step, String gate, int unit, String forget, String input) {

    static final String STEP = "t";
    static final String GATE = "gate";
    static final String UNIT = "unit";
    static final String FORGET = "forget";
    static final String INPUT = "input";
    static final String TRAINED = "trained";
    static final List<String> GATES = Arrays.stream(Gate.values()).map(Gate::symbol).toList();
    static final List<String> FORGETS = List.of(TRAINED, "0", "1");
    static final List<String> INPUTS = List.of(TRAINED, "0");
    static final int MAX_STEP = dev.glassbox.model.text.LearnerText.MAX_CHARACTERS;

    static Parsed parse(QueryParameters parameters, int hidden, int defaultUnit) {
        Query query = new Query(parameters);
        LstmState state = new LstmState(query.sentence(),
                query.integer(STEP, 1, 1, MAX_STEP, "time step"),
                query.choice(GATE, GATES, "c", "heatmap quantity"),
                query.integer(UNIT, defaultUnit, 0, hidden - 1, "unit"),
                query.choice(FORGET, FORGETS, TRAINED, "forget-gate switch"),
                query.choice(INPUT, INPUTS, TRAINED, "input-gate switch"));
        return new Parsed(state, query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, STEP, step, GATE, gate, UNIT, unit, FORGET, forget, INPUT, input);
    }

    WhatIf whatIf() {
        WhatIf.Forget f = switch (forget) {
            case "0" -> WhatIf.Forget.ZERO;
            case "1" -> WhatIf.Forget.ONE;
            default -> WhatIf.Forget.AS_TRAINED;
        };
        return new WhatIf(f, "0".equals(input));
    }

    /** The step index (0-based) within a sentence of {@code length} characters. */
    int index(int length) {
        return Math.min(step, length) - 1;
    }

    LstmState withSentence(String s) {
        return new LstmState(s, 1, gate, unit, forget, input);
    }

    LstmState withStep(int t) {
        return new LstmState(sentence, t, gate, unit, forget, input);
    }

    LstmState withGate(String g) {
        return new LstmState(sentence, step, g, unit, forget, input);
    }

    LstmState withUnit(int u) {
        return new LstmState(sentence, step, gate, u, forget, input);
    }

    LstmState withForget(String f) {
        return new LstmState(sentence, step, gate, unit, f, input);
    }

    LstmState withInput(String i) {
        return new LstmState(sentence, step, gate, unit, forget, i);
    }

    record Parsed(LstmState state, List<String> problems) {
    }
}
