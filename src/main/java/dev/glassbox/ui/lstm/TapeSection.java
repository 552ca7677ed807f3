package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.GateProfile;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.MemoryTape;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Prose;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The memory tape (kept and added memory at every step), where the forget gate is lowest in the learner's sentence,
 * and — folded — the next-character guesses at every step.
 */
final class TapeSection extends Div {

    private final Div tape = new Div();
    private final Paragraph dip = new Paragraph();
    private final Fold guesses = new Fold(LstmState.GUESSES, "Next-character guesses at every step");

    TapeSection(Consumer<UnaryOperator<LstmState>> go) {
        setId("tape");
        dip.setId("forget-dip");
        add(new H2("The memory tape"), new Prose("lstm", "tape"), dip, tape, guesses);
        guesses.onToggle(open -> go.accept(s -> s.withFold(LstmState.GUESSES, open)));
    }

    void show(LstmReading reading, LstmState state) {
        int j = state.unit();
        dip.setText(LstmSentences.forgetDip(GateProfile.of(reading, Gate.F), reading.whatIf()));
        Figure figure = Figure.of(MemoryTape.of(reading, j), "For each step: how much memory the cell keeps and how "
                + "much it adds, on average over all units and for unit " + j + ".").axes("row", "step").digits(3);
        figure.setId("memory-tape");
        tape.removeAll();
        tape.add(figure);
        guesses.show(state.folds().isOpen(LstmState.GUESSES), () -> {
            Figure predictions = Figure.of(LstmEquations.predictions(reading),
                    "The five most likely next characters after every step.");
            predictions.setId("predictions");
            return new Div(new Prose("lstm", "predictions"), predictions);
        });
    }
}
