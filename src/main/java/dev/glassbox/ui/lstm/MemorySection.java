package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.lstm.ActiveUnits;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.trace.Value;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.PageLanguage;
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
        gate.setLabel(Words.t("memory-colour-by"));
        gate.setItems(LstmState.GATES);
        gate.setItemLabelGenerator(s -> Words.t("gate-option", "symbol", s, "gate",
                Gate.bySymbol(s).title(PageLanguage.current())));
        gate.setWidth("15rem");
        add(title, new Prose("lstm", "memory"), question, gate, figure);
        FromClient.onChange(gate, g -> go.accept(s -> s.withGate(g)));
    }

    void show(LstmReading reading, LstmState state) {
        Gate shown = Gate.bySymbol(state.gate());
        gate.setValue(state.gate());
        Language language = PageLanguage.current();
        title.setText(Words.t("memory-heading", "gate", shown.title(language), "symbol", shown.symbol()));
        int[] units = ActiveUnits.of(reading, shown, UNITS);
        Value.Matrix matrix = ActiveUnits.overTime(reading, shown, units, language);
        int hidden = shown.of(reading.step(0)).length;
        Figure heatmap = Figure.of(matrix, Words.t("memory-figure", "gate", shown.title(language), "symbol",
                        shown.symbol(), "rows", matrix.rows(), "columns", matrix.columns(), "hidden", hidden))
                .axes(Words.t("axis-step"), Words.t("axis-unit")).digits(3);
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
