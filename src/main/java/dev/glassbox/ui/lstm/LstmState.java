package dev.glassbox.ui.lstm;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The LSTM lesson's state, as its URL carries it: {@code ?s=…&t=5&gate=c&unit=17&forget=0&input=0&open=numbers}.
 * {@code t} is the chosen time step (1-based; clamped to the sentence), {@code gate} the quantity in the heatmap,
 * {@code unit} the hidden unit whose equations are written out, {@code forget} = trained | 0 | 1 and {@code input} =
 * trained | 0 the what-if switches, {@code open} the folded sections that are open, {@code answer} the answers to the
 * lesson's questions.
 */
record LstmState(String sentence, int step, String gate, int unit, String forget, String input, Folds folds,
                 Answers answers) {

    static final String STEP = "t";
    static final String GATE = "gate";
    static final String UNIT = "unit";
    static final String FORGET = "forget";
    static final String INPUT = "input";
    static final String TRAINED = "trained";
    /** The folds of the page: every number of the chosen step, and the guesses at every step. */
    static final String NUMBERS = "numbers";
    static final String GUESSES = "guesses";
    static final Set<String> FOLDS = Set.of(NUMBERS, GUESSES);
    static final List<String> GATES = Arrays.stream(Gate.values()).map(Gate::symbol).toList();
    static final List<String> FORGETS = List.of(TRAINED, "0", "1");
    static final List<String> INPUTS = List.of(TRAINED, "0");
    static final int MAX_STEP = LearnerText.MAX_CHARACTERS;

    static Parsed<LstmState> parse(QueryParameters parameters, int hidden, int defaultUnit) {
        Query query = new Query(parameters);
        LstmState state = new LstmState(query.sentence(),
                query.integer(STEP, 1, 1, MAX_STEP, Words.t("link-step")),
                query.choice(GATE, GATES, "c", Words.t("link-gate")),
                query.integer(UNIT, defaultUnit, 0, hidden - 1, Words.t("link-unit")),
                query.choice(FORGET, FORGETS, TRAINED, Words.t("link-forget")),
                query.choice(INPUT, INPUTS, TRAINED, Words.t("link-input")),
                Folds.parse(query, FOLDS), Answers.parse(query));
        return new Parsed<>(state, query.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, STEP, step, GATE, gate, UNIT, unit, FORGET, forget, INPUT, input,
                Folds.PARAMETER, folds.parameter(), Answers.PARAMETER, answers.parameter());
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

    /** The state for a new sentence: the chosen step is kept only if the new sentence still has it. */
    LstmState withSentence(String s) {
        int length = s.codePointCount(0, s.length());
        return new LstmState(s, step <= length ? step : 1, gate, unit, forget, input, folds, answers);
    }

    /** The state with the chosen step clamped into the sentence, so that the link never points past its end. */
    LstmState clamped() {
        int length = sentence.codePointCount(0, sentence.length());
        return withStep(Math.max(1, Math.min(step, length)));
    }

    LstmState withStep(int t) {
        return new LstmState(sentence, t, gate, unit, forget, input, folds, answers);
    }

    LstmState withGate(String g) {
        return new LstmState(sentence, step, g, unit, forget, input, folds, answers);
    }

    LstmState withUnit(int u) {
        return new LstmState(sentence, step, gate, u, forget, input, folds, answers);
    }

    LstmState withForget(String f) {
        return new LstmState(sentence, step, gate, unit, f, input, folds, answers);
    }

    LstmState withInput(String i) {
        return new LstmState(sentence, step, gate, unit, forget, i, folds, answers);
    }

    LstmState withFold(String name, boolean open) {
        return new LstmState(sentence, step, gate, unit, forget, input, folds.with(name, open), answers);
    }

    LstmState withAnswers(Answers a) {
        return new LstmState(sentence, step, gate, unit, forget, input, folds, a);
    }
}
