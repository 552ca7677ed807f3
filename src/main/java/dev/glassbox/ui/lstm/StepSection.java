package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.ui.base.Announcer;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Formula;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The sentence as time steps and the chosen step's equations for one unit, with its numbers plugged in. The step
 * buttons and "previous"/"next" stay the same elements while the sentence stays the same, so a keyboard learner's
 * focus stays where it was when the step changes.
 */
final class StepSection extends Div {

    private final Paragraph intro = new Paragraph();
    private final Div strip = new Div();
    private final NativeButton previous = new NativeButton(Words.t("step-previous"));
    private final NativeButton next = new NativeButton(Words.t("step-next"));
    private final Select<Integer> unit = new Select<>();
    private final H3 title = new H3();
    private final Paragraph unitLine = new Paragraph();
    private final Div equations = new Div();
    private final Div top = new Div();
    private final Div question = new Div();
    private final Announcer announcer = new Announcer("step-announcer");
    private final Consumer<UnaryOperator<LstmState>> go;
    private final BiConsumer<Prediction, String> answered;
    private final int hidden;
    private List<String> shown = List.of();
    private NativeButton pressed;

    /** @param answered told of an answer to the section's question */
    StepSection(int hidden, LstmModelCard card, Consumer<UnaryOperator<LstmState>> go,
                BiConsumer<Prediction, String> answered) {
        this.go = go;
        this.answered = answered;
        this.hidden = hidden;
        setId("step");
        strip.setId("time-steps");
        strip.addClassName("gb-lstm-steps");
        strip.getElement().setAttribute("role", "group");
        strip.getElement().setAttribute("aria-label", Words.t("step-strip-label"));
        previous.setId("previous-step");
        next.setId("next-step");
        unit.setId("unit");
        unit.setLabel(Words.t("step-unit"));
        unit.setWidth("17rem");
        unit.setItems(IntStream.range(0, hidden).boxed().toList());
        unit.setItemLabelGenerator(j -> Words.t(card.hasUnit() && j == card.unit() ? "step-unit-readable"
                : "step-unit-option", "unit", j));
        equations.setId("equation-lines");
        equations.addClassName("gb-equation-lines");
        title.setId("step-title");
        Div nav = new Div(previous, next);
        nav.addClassName("gb-controls");
        equations.getStyle().set("overflow-x", "auto"); // a long line scrolls in its own box, never the page
        Div equationBox = new Div(title, unit, unitLine, question, equations,
                new Paragraph(Words.t("step-expects")), top);
        equationBox.setId("equations");
        add(new H2(Words.t("step-heading")), new Prose("lstm", "sigma"), new Prose("lstm", "gates"),
                new H3(Words.t("step-time-steps")), new Prose("lstm", "steps"), intro, strip, nav, announcer, equationBox);
        previous.addClickListener(e -> {
            pressed = previous;
            go.accept(s -> s.withStep(Math.max(1, s.step() - 1)));
        });
        next.addClickListener(e -> {
            pressed = next;
            go.accept(s -> s.withStep(s.step() + 1));
        });
        FromClient.onChange(unit, j -> {
            if (j != null) {
                go.accept(s -> s.withUnit(j));
            }
        });
    }

    void show(LstmReading reading, LstmState state, int vocabulary) {
        int t = state.index(reading.size());
        int j = state.unit();
        unit.setValue(j);
        long unknown = IntStream.range(0, reading.size()).filter(reading::isUnknown).count();
        intro.setText(Words.t(unknown == 0 ? "step-intro" : unknown == 1 ? "step-intro-unknown-one"
                : "step-intro-unknown-other", "steps", reading.size(), "unknown", unknown, "known", vocabulary - 1));
        List<String> labels = IntStream.range(0, reading.size()).mapToObj(reading::label).toList();
        if (!labels.equals(shown)) { // a new sentence: new buttons; the same sentence keeps them (and the focus)
            strip.removeAll();
            for (int k = 0; k < reading.size(); k++) {
                strip.add(stepButton(reading, k));
            }
            shown = labels;
        }
        for (int k = 0; k < reading.size(); k++) {
            strip.getComponentAt(k).getElement().setAttribute("aria-pressed", Boolean.toString(k == t));
        }
        previous.setEnabled(t > 0);
        next.setEnabled(t < reading.size() - 1);
        if (pressed == next && t == reading.size() - 1) {
            previous.focus(); // "next" just switched itself off: keep the focus on the pair of buttons
        } else if (pressed == previous && t == 0) {
            next.focus();
        }
        pressed = null;
        String reads = LstmEquations.describe(reading, t);
        String likely = LstmEquations.show(reading.top(t, 1).getFirst().character());
        title.setText(Words.t("step-title", "step", t + 1, "character", reads));
        announcer.say(Words.t("step-announce", "step", t + 1, "steps", reading.size(), "character", reads, "next",
                likely));
        unitLine.removeAll();
        Prose.runs(unitLine, Words.runs("step-unit-line", "unit", j, "hidden", hidden));
        equations.removeAll();
        List<Div> rows = new ArrayList<>();
        for (LstmEquations.Line line : LstmEquations.equations(reading, t, j)) {
            Div row = new Div(new Formula(line.formula()));
            row.addClassName("gb-equation-line");
            if (!line.note().isEmpty()) {
                Span note = new Span("  ← " + line.note());
                note.addClassName("gb-note");
                row.add(note);
            }
            equations.add(row);
            rows.add(row);
        }
        // c_t's line and h_t's (which holds c_t too) wait for the prediction of c_t with f = 0
        question.removeAll();
        question.add(new Question(LstmQuestions.forgetZero(reading, t, j), state.answers(), answered,
                rows.subList(rows.size() - 2, rows.size()).toArray(Div[]::new)));
        top.removeAll();
        Figure figure = Figure.of(LstmEquations.top(reading, t), Words.t("step-top", "character",
                reading.label(t, PageLanguage.current()), "next", likely)).digits(3);
        figure.setId("top5");
        top.add(figure);
    }

    private NativeButton stepButton(LstmReading reading, int k) {
        int step = k + 1;
        NativeButton b = new NativeButton(reading.label(k).equals("␣") ? "␣" : reading.token(k));
        b.setId("ts-" + step);
        b.addClassName("gb-lstm-step");
        if (reading.isUnknown(k)) {
            b.addClassName("gb-lstm-unknown");
        }
        b.getElement().setAttribute("aria-label", Words.t("step-button", "step", step, "character",
                LstmEquations.describe(reading, k)));
        b.addClickListener(e -> go.accept(s -> s.withStep(step)));
        return b;
    }
}
