package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.GateProfile;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.MemoryTape;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The memory tape (kept and added memory at every step), where the forget gate is lowest in the learner's sentence,
 * and — folded — the next-character guesses at every step.
 */
final class TapeSection extends Div {

    /** Steps per line of the tape. */
    static final int LINE = 30;

    private final Div tape = new Div();
    private final Paragraph dip = new Paragraph();
    private final Fold guesses = new Fold(LstmState.GUESSES, Words.t("tape-guesses"));

    TapeSection(Consumer<UnaryOperator<LstmState>> go) {
        setId("tape");
        dip.setId("forget-dip");
        tape.setId("memory-tape");
        add(new H2(Words.t("tape-heading")), new Prose("lstm", "tape"), dip, tape, guesses);
        guesses.onToggle(open -> go.accept(s -> s.withFold(LstmState.GUESSES, open)));
    }

    private static Value.Matrix columns(Value.Matrix m, int from, int to) {
        double[][] v = new double[m.rows()][]; // (rows, to − from)
        for (int r = 0; r < v.length; r++) {
            v[r] = Arrays.copyOfRange(m.values()[r], from, to);
        }
        return new Value.Matrix(v, m.rowLabels(), m.columnLabels().subList(from, to));
    }

    void show(LstmReading reading, LstmState state) {
        int j = state.unit();
        dip.setText(LstmSentences.forgetDip(GateProfile.of(reading, Gate.F), reading.whatIf()));
        tape.removeAll();
        Value.Matrix all = MemoryTape.of(reading, j, PageLanguage.current());
        double lo = Arrays.stream(all.values()).flatMapToDouble(Arrays::stream).min().orElse(0);
        double hi = Arrays.stream(all.values()).flatMapToDouble(Arrays::stream).max().orElse(1);
        // The tape wraps like a line of text, LINE steps per figure on one colour scale, so that every step keeps
        // its character label and no row label is squeezed.
        for (int from = 0; from < reading.size(); from += LINE) {
            int to = Math.min(reading.size(), from + LINE);
            Figure figure = Figure.of(columns(all, from, to), Words.t("tape-figure", "from", from + 1, "to", to,
                            "unit", j))
                    .axes(Words.t("axis-row"), Words.t("axis-step")).digits(3).range(lo, hi == lo ? lo + 1 : hi);
            tape.add(figure);
        }
        guesses.show(state.folds().isOpen(LstmState.GUESSES), () -> {
            Figure predictions = Figure.of(LstmEquations.predictions(reading), Words.t("tape-predictions"));
            predictions.setId("predictions");
            return new Div(new Prose("lstm", "predictions"), predictions);
        });
    }
}
