package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.lstm.ActiveUnits;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The lesson's first figure: the memory over time — one row per character of the sentence, one column per unit, for
 * the {@value #UNITS} units whose chosen quantity changes most over the sentence.
 */
final class MemorySection extends Div {

    /** How many units the figure shows (all H would be too narrow to read). */
    static final int UNITS = 32;

    private final Select<String> gate = new Select<>();
    private final H2 title = new H2();
    private final Div figure = new Div();
    private final Div question = new Div();
    private final BiConsumer<Prediction, String> answered;

    /** @param answered told of an answer to the section's question */
    MemorySection(Consumer<UnaryOperator<LstmState>> go, BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("memory");
        gate.setId("gate");
        gate.setLabel("Colour by");
        gate.setItems(LstmState.GATES);
        gate.setItemLabelGenerator(s -> s + " — " + Gate.bySymbol(s).title());
        gate.setWidth("15rem");
        add(title, new Prose("lstm", "memory"), question, gate, figure);
        FromClient.onChange(gate, g -> go.accept(s -> s.withGate(g)));
    }

    void show(LstmReading reading, LstmState state) {
        Gate shown = Gate.bySymbol(state.gate());
        gate.setValue(state.gate());
        title.setText("The memory over time: " + shown.title() + " " + shown.symbol());
        int[] units = ActiveUnits.of(reading, shown, UNITS);
        Value.Matrix matrix = ActiveUnits.overTime(reading, shown, units);
        int hidden = shown.of(reading.step(0)).length;
        Figure heatmap = Figure.of(matrix, shown.title() + " " + shown.symbol() + " after each of the "
                        + matrix.rows() + " characters (rows, top to bottom) for the " + matrix.columns() + " of "
                        + hidden + " units whose " + shown.symbol() + " changes most over your sentence (columns).")
                .axes("step", "unit").digits(3);
        if (!Double.isNaN(shown.low())) {
            heatmap.range(shown.low(), shown.high());
        }
        heatmap.setId("heatmap");
        figure.removeAll();
        figure.add(heatmap);
        question.removeAll();
        question.add(new Question(LstmQuestions.closedGate(reading, reading.size() - 1), state.answers(), answered,
                figure));
    }
}
