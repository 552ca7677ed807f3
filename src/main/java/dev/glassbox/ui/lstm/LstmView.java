package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.Gate;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import java.util.Locale;
import java.util.stream.IntStream;

/** Lesson 6: a long short-term memory network reading the sentence one character at a time. */
@Route("lstm")
@PageTitle("LSTM — Glassbox")
@Menu(order = 6, title = "LSTM", icon = "vaadin:records")
public class LstmView extends Main implements BeforeEnterObserver {

    private final CharLstm lstm = CharLstm.trained();
    private final LstmModelCard card = lstm.card();
    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("lstm-notice");
    private final Div steps = new Div();
    private final NativeButton previous = new NativeButton("← previous");
    private final NativeButton next = new NativeButton("next →");
    private final Select<String> gate = new Select<>();
    private final Select<Integer> unit = new Select<>();
    private final Select<String> forget = new Select<>();
    private final Checkbox inputOff = new Checkbox("Input gate i = 0 (add nothing new)");
    private final Div result = new Div();
    private LstmState state;

    public LstmView() {
        addClassName("gb-page");
        steps.setId("time-steps");
        steps.addClassName("gb-lstm-steps");
        steps.getElement().setAttribute("role", "group");
        steps.getElement().setAttribute("aria-label", "Time steps: choose a character");
        previous.setId("previous-step");
        next.setId("next-step");
        gate.setId("gate");
        gate.setLabel("Heatmap shows");
        gate.setItems(LstmState.GATES);
        gate.setItemLabelGenerator(s -> s + " — " + Gate.bySymbol(s).title());
        unit.setId("unit");
        unit.setLabel("Unit in the equations");
        unit.setItems(IntStream.range(0, lstm.weights().hiddenSize()).boxed().toList());
        unit.setItemLabelGenerator(j -> "unit " + j + (card.hasUnit() && j == card.unit() ? " (the readable one)" : ""));
        forget.setId("forget-switch");
        forget.setLabel("What if the forget gate f were…");
        forget.setItems(LstmState.FORGETS);
        forget.setItemLabelGenerator(s -> switch (s) {
            case "0" -> "f = 0: forget everything";
            case "1" -> "f = 1: keep everything";
            default -> "as trained";
        });
        gate.setWidth("15rem");
        unit.setWidth("17rem");
        forget.setWidth("17rem");
        inputOff.setId("input-off");
        result.setId("lstm-result");
        Div controls = new Div(gate, unit, forget, inputOff);
        controls.addClassName("gb-controls");
        add(new H1("LSTM: a memory that reads one character at a time"),
                new Paragraph("A long short-term memory network (LSTM) reads a text in order, one piece at a time, and "
                        + "carries a memory — the cell state c — from each step to the next. Three gates, each a "
                        + "number between 0 and 1 for every unit of memory, decide what to forget, what to write and "
                        + "what to show. This one was trained here, on Moby-Dick, to guess the next character."),
                field, notice, controls, result);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSentence(e.getValue()));
            }
        });
        gate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withGate(e.getValue()));
            }
        });
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state.withUnit(e.getValue()));
            }
        });
        forget.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withForget(e.getValue()));
            }
        });
        inputOff.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withInput(e.getValue() ? "0" : LstmState.TRAINED));
            }
        });
        previous.addClickListener(e -> go(state.withStep(Math.max(1, state.step() - 1))));
        next.addClickListener(e -> go(state.withStep(state.step() + 1)));
    }

    private void go(LstmState nextState) {
        try {
            LearnerText.require(nextState.sentence());
            int length = nextState.sentence().codePointCount(0, nextState.sentence().length());
            LstmState clamped = nextState.withStep(Math.min(nextState.step(), length));
            UI.getCurrent().navigate(LstmView.class, clamped.toQuery());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LstmState.Parsed parsed = LstmState.parse(event.getLocation().getQueryParameters(),
                lstm.weights().hiddenSize(), card.hasUnit() ? card.unit() : 0);
        state = parsed.state();
        field.setValue(state.sentence());
        gate.setValue(state.gate());
        unit.setValue(state.unit());
        forget.setValue(state.forget());
        inputOff.setValue("0".equals(state.input()));
        steps.removeAll();
        result.removeAll();
        try {
            LstmReading reading = lstm.read(state.sentence(), state.whatIf());
            if (parsed.problems().isEmpty()) {
                notice.clear();
            } else {
                notice.show(String.join(" ", parsed.problems()));
            }
            render(reading);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private void render(LstmReading reading) {
        int t = state.index(reading.size());
        int j = state.unit();
        WhatIf whatIf = state.whatIf();

        // The sentence as time steps.
        long unknown = IntStream.range(0, reading.size()).filter(reading::isUnknown).count();
        Paragraph stepsIntro = new Paragraph("Your sentence is " + reading.size() + " time steps, one per character."
                + (unknown == 0 ? "" : " " + unknown + " of them " + (unknown == 1 ? "is" : "are")
                + " not among the " + (lstm.vocabulary().size() - 1) + " characters the network knows and "
                + (unknown == 1 ? "is" : "are") + " read as the unknown character " + "(marked with a dotted border).")
                + " Choose a step:");
        for (int k = 0; k < reading.size(); k++) {
            int step = k + 1;
            NativeButton b = new NativeButton(reading.label(k).equals("␣") ? "␣" : reading.token(k));
            b.setId("ts-" + step);
            b.addClassName("gb-lstm-step");
            if (reading.isUnknown(k)) {
                b.addClassName("gb-lstm-unknown");
            }
            b.getElement().setAttribute("aria-label", "step " + step + ": " + describe(reading, k));
            b.getElement().setAttribute("aria-pressed", Boolean.toString(k == t));
            b.addClickListener(e -> go(state.withStep(step)));
            steps.add(b);
        }
        previous.setEnabled(t > 0);
        next.setEnabled(t < reading.size() - 1);
        Div nav = new Div(previous, next);
        nav.addClassName("gb-controls");
        result.add(new H2("The sentence as time steps"), stepsIntro, steps, nav);

        // The chosen step: equations with the numbers.
        Div stepBox = new Div();
        stepBox.setId("equations");
        stepBox.add(new H2("Step " + (t + 1) + ": reading " + describe(reading, t)),
                new Paragraph("All four gates look at the same two things: the character just read (x_t) and what the "
                        + "network said one step earlier (h_{t−1}). Each has its own weights W and bias b. Here are the "
                        + "equations for unit " + j + " of " + lstm.weights().hiddenSize()
                        + ", with this step's numbers (c_prev is this unit's memory before the step):"));
        Pre equations = new Pre(String.join("\n", LstmLesson.equations(reading, t, j)));
        equations.setId("equation-lines");
        equations.addClassName("gb-equation");
        stepBox.add(equations);
        Figure top = Figure.of(LstmLesson.top(reading, t), "The five most likely characters after “"
                + reading.label(t) + "”: first “" + LstmLesson.show(reading.top(t, 1).get(0).character()) + "”.")
                .digits(3);
        top.setId("top5");
        stepBox.add(new Paragraph("What the network expects next, after reading up to here:"), top);
        result.add(stepBox);

        // What-if.
        Div whatIfBox = new Div();
        whatIfBox.setId("what-if");
        whatIfBox.add(new H2("What if…?"), new Paragraph("Use the switches above to force the forget gate to 0 (the "
                + "memory is wiped at every step), to 1 (nothing is ever forgotten), or the input gate to 0 (nothing new "
                + "is written, so the memory stays empty). Every number on this page then follows the changed network."));
        Paragraph effect = new Paragraph();
        effect.setId("what-if-effect");
        if (whatIf.isNone()) {
            effect.setText("No switch is on: you see the network as trained.");
        } else {
            LstmReading trained = lstm.read(state.sentence(), WhatIf.NONE);
            effect.setText(LstmLesson.whatIfEffect(trained, reading, t));
        }
        whatIfBox.add(effect);
        result.add(whatIfBox);

        // Heatmap over time.
        Gate shown = Gate.bySymbol(state.gate());
        Value.Matrix matrix = reading.overTime(shown);
        Figure heatmap = Figure.of(matrix, shown.title() + " " + shown.symbol() + " of all "
                + matrix.rows() + " units (rows) at each of the " + matrix.columns() + " steps (columns).")
                .axes("unit", "step").digits(3);
        if (!Double.isNaN(shown.low())) {
            heatmap.range(shown.low(), shown.high());
        }
        heatmap.setId("heatmap");
        result.add(new H2("Over time: " + shown.title() + " " + shown.symbol()),
                new Paragraph(shown.symbol() + "_t = " + shown.equation() + ". Each row is one unit, each column one "
                        + "step. Change the quantity with “Heatmap shows” above; the numbers are in the table below "
                        + "the picture."), heatmap);

        // Memory tape.
        Figure tape = Figure.of(LstmLesson.memoryTape(reading, j), "For each step: how much memory the cell keeps "
                + "and how much it adds, on average over all units and for unit " + j + ".").axes("row", "step").digits(3);
        tape.setId("memory-tape");
        result.add(new H2("The memory tape"), new Paragraph("c_t = f ⊙ c_{t−1} + i ⊙ g has two parts: what is kept "
                + "of the old memory (f ⊙ c_{t−1}) and what is added (i ⊙ g). The first row is the average forget "
                + "gate — 1 means “keep everything”. Watch it dip at spaces and punctuation, where a word's "
                + "details stop mattering."), tape);

        // Predictions at every step.
        Figure predictions = Figure.of(LstmLesson.predictions(reading),
                "The five most likely next characters after every step.");
        predictions.setId("predictions");
        result.add(new H2("Next-character guesses at every step"), new Paragraph("After each character the readout "
                + "turns h_t into probabilities for the next character (p = softmax(W_y·h_t + b_y)). Inside a word the "
                + "guesses are often sharp; after a space, many words could start."), predictions);

        // A readable unit.
        result.add(unitStory(reading));

        // Explanations.
        Anchor attention = new Anchor("attention?" + Query.of(Query.SENTENCE, state.sentence()).getQueryString(),
                "the attention lesson for the same sentence");
        attention.setId("attention-link");
        Paragraph versus = new Paragraph();
        versus.add(new com.vaadin.flow.component.Text("An LSTM reads in order: at step t it knows the past only through the few numbers in h and c, and "
                + "nothing of what comes later. Attention works the other way: every word looks at all the words of "
                + "the sentence at once and takes what it needs from each, however far away — no memory has to carry "
                + "it. Compare with "), attention, new com.vaadin.flow.component.Text("."));
        result.add(new H2("Why gates?"),
                new Paragraph("A plain recurrent network overwrites its whole state at every step: h_t = tanh(W·[h_{t−1}, "
                        + "x_t] + b). The LSTM instead keeps a separate memory c that is changed only by multiplying "
                        + "with f and adding i ⊙ g. With f close to 1 a unit can hold a value for many steps — for "
                        + "example “I am inside a quotation” — and the gates, which are learned, decide when to wipe "
                        + "it and when to write."),
                new H2("The vanishing gradient"),
                new Paragraph("Training adjusts weights by following the error backwards through every step "
                        + "(backpropagation through time). In a plain recurrent network that error is multiplied by "
                        + "the recurrent weights and a tanh slope at each step back, so after 20 or 30 steps it has "
                        + "usually shrunk to almost nothing (or blown up): the network cannot learn that a character "
                        + "depends on something far back. Along the LSTM's memory the error is multiplied only by f: "
                        + "where f ≈ 1 it travels back almost unchanged. That additive path is what “long short-term "
                        + "memory” buys."),
                new H2("Reading in order versus attention"), versus);

        // Model card.
        result.add(modelCard());

        // Every number of the chosen step.
        TraceView trace = new TraceView();
        trace.setId("trace");
        trace.show(reading.trace(t), step -> {
            Figure f = Figure.of(step.value()).digits(3);
            return switch (step.id()) {
                case LstmReading.F, LstmReading.I, LstmReading.O -> f.range(0, 1);
                case LstmReading.G, LstmReading.H -> f.range(-1, 1);
                case LstmReading.X -> f.showIds(true);
                default -> f;
            };
        });
        result.add(new H2("Every number of step " + (t + 1)), trace);
    }

    private Div unitStory(LstmReading reading) {
        Div box = new Div();
        box.setId("unit-story");
        box.add(new H2("A unit you can read"));
        if (!card.hasUnit()) {
            box.add(new Paragraph("The analysis found no unit that clearly follows a simple property of the text."));
            return box;
        }
        int u = card.unit();
        double[] c = new double[reading.size()]; // (T)
        for (int k = 0; k < reading.size(); k++) {
            c[k] = reading.step(k).c()[u];
        }
        box.add(new Paragraph("Most units mix many things, but some are easy to read. To find one, the network read "
                        + String.format(Locale.ROOT, "%,d", 20_000) + " characters of Moby-Dick it was not trained on, "
                        + "and for each of its " + lstm.weights().hiddenSize() + " units we measured how closely its "
                        + "memory c follows four simple properties of the text: inside a quotation, inside a word, just "
                        + "after a space, inside parentheses. Unit " + u + " follows “" + card.unitFeature()
                        + "” best: correlation r = " + String.format(Locale.ROOT, "%.2f", card.unitCorrelation())
                        + " (1 would be perfect). Here is its memory on your sentence:"),
                Figure.of(new Value.Vector(c, reading.columnLabels()), "The memory c of unit " + u
                        + " after each character of your sentence.").digits(3));
        return box;
    }

    private Div modelCard() {
        Div box = new Div();
        box.setId("model-card");
        boolean beats = card.lstmPerplexity() < Math.min(card.trigramPerplexity(), card.fivegramPerplexity());
        box.add(new H2("About this network"),
                new Paragraph("One LSTM layer of " + card.hidden() + " units with a softmax readout, "
                        + String.format(Locale.ROOT, "%,d", card.parameters()) + " numbers in all, trained in this "
                        + "project for " + String.format(Locale.ROOT, "%,d", card.updates()) + " updates on "
                        + String.format(Locale.ROOT, "%,d", card.trainCharacters()) + " characters of Herman Melville's "
                        + "Moby-Dick (chapters 1–80; public domain, from the stdlib “datasets-moby-dick” package, PDDL "
                        + "1.0 / CC0). It reads characters rather than words: " + (lstm.vocabulary().size() - 1)
                        + " characters are enough to write any English text, so no word is ever unknown, and a small "
                        + "network learns to spell, to space and to punctuate from them."),
                new Paragraph("Measured on " + String.format(Locale.ROOT, "%,d", card.heldOutCharacters())
                        + " characters it never saw in training (chapters 126–135), its perplexity is "
                        + String.format(Locale.ROOT, "%.2f", card.lstmPerplexity()) + " per character — as unsure as "
                        + "a fair choice among that many characters. A character 5-gram model counted on the same text "
                        + "gets " + String.format(Locale.ROOT, "%.2f", card.fivegramPerplexity()) + " and a trigram "
                        + String.format(Locale.ROOT, "%.2f", card.trigramPerplexity()) + " (lower is better). "
                        + (beats ? "The LSTM does better than both."
                        : card.lstmPerplexity() < card.trigramPerplexity()
                        ? "So the LSTM beats the trigram but not the 5-gram: honestly, this small network, trained "
                        + "for a few minutes of computing on one processor core, has not yet learned as much about "
                        + "spelling as a table that simply counts every 4-character context. Its strength is elsewhere: "
                        + "it has a memory whose parts you can watch, and bigger LSTMs trained for longer do beat n-grams."
                        : "The LSTM does not beat either of them: it is small and was trained briefly.")));
        return box;
    }

    private static String describe(LstmReading reading, int t) {
        String token = reading.token(t);
        String what = token.equals(" ") ? "a space" : "“" + token + "”";
        return reading.isUnknown(t) ? what + " (unknown to the network)" : what;
    }

    /** The home page's card: one readable unit's memory over the sentence. */
    public static JourneyCard card(String sentence) {
        CharLstm lstm = CharLstm.trained();
        LstmReading reading = lstm.read(sentence, WhatIf.NONE);
        int u = Math.max(0, lstm.card().unit());
        double[] c = new double[reading.size()]; // (T)
        for (int k = 0; k < reading.size(); k++) {
            c[k] = reading.step(k).c()[u];
        }
        Figure preview = Figure.of(new Value.Vector(c, reading.columnLabels()),
                "The memory of unit " + u + " after each character.").digits(2);
        LstmState state = new LstmState(sentence, 1, "c", u, LstmState.TRAINED, LstmState.TRAINED);
        return new JourneyCard("lstm", "LSTM",
                "A small trained network reads the " + reading.size() + " characters one at a time, keeping a memory "
                        + "that gates decide to keep, overwrite or show.", preview, "lstm", state.toQuery());
    }
}
