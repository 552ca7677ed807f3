package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lesson.Inline;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmModelCard;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.UrlState;
import dev.glassbox.ui.base.ViewCompute;
import dev.glassbox.ui.decoder.ComparisonSection;
import java.util.List;
import java.util.function.UnaryOperator;

/** Lesson 6: a long short-term memory network reading the sentence one character at a time. */
@Route("lstm")
@PageTitle("LSTM — Glassbox")
@Menu(order = 6, title = "LSTM", icon = "vaadin:records")
public class LstmView extends Main implements BeforeEnterObserver {

    private final CharLstm lstm;
    private final LstmModelCard card;
    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("lstm-notice");
    private final MemorySection memory = new MemorySection(this::go, this::answered);
    private final StepSection step;
    private final WhatIfSection whatIf = new WhatIfSection(this::go);
    private final TapeSection tape = new TapeSection(this::go);
    private final ModelCardSection model;
    private final ComparisonSection versus;
    private final Paragraph order = new Paragraph();
    private final Fold numbers = new Fold(LstmState.NUMBERS, Words.t("fold-numbers"));
    private final Div result = new Div();
    private LstmState state;

    public LstmView(CharLstm lstm, CharDecoder decoder) {
        this.lstm = lstm;
        this.versus = new ComparisonSection(decoder, lstm);
        this.card = lstm.card();
        this.step = new StepSection(lstm.weights().hiddenSize(), card, this::go, this::answered);
        this.model = new ModelCardSection(lstm);
        addClassName("gb-page");
        result.setId("lstm-result");
        Div why = new Div(new H2(Words.t("heading-why")), new Prose("lstm", "why"), new H2(Words.t("heading-order")),
                new Prose("lstm", "order"), order);
        why.setId("why");
        numbers.setId("fold-numbers");
        result.add(memory, step, whatIf, tape, why, model, versus, numbers);
        add(new H1(Words.t("page-title")), new Prose("lstm", "intro"),
                new Contents(entry("memory"), entry("step"), entry("what-if"), entry("tape"), entry("why"),
                        entry("model-card"), entry("versus")),
                field, notice, result);
        // A sentence the model cannot read goes through go() too, which says why and hides the old figures.
        field.onSentence(s -> go(current -> current.withSentence(s)),
                problem -> go(current -> current.withSentence(field.getValue())), notice::show);
        numbers.onToggle(open -> go(s -> s.withFold(LstmState.NUMBERS, open)));
    }

    private static Contents.Entry entry(String target) {
        return new Contents.Entry(target, Words.t("contents-" + target));
    }

    private void go(UnaryOperator<LstmState> change) {
        LstmState next = change.apply(state);
        try {
            LearnerText.require(next.sentence());
            UI.getCurrent().navigate(LstmView.class, next.clamped().toQuery());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            result.setVisible(false); // never the old sentence's figures under a message about the new one
        }
    }

    /** A question answered (or shown without an answer): only the link changes. */
    private void answered(Prediction question, String value) {
        state = state.withAnswers(state.answers().with(question, value));
        UrlState.replace(LstmView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<LstmState> parsed = LstmState.parse(event.getLocation().getQueryParameters(),
                lstm.weights().hiddenSize(), card.hasUnit() ? card.unit() : 0);
        state = parsed.state();
        field.setValue(state.sentence());
        try {
            LstmState s = state;
            LstmReading reading = ViewCompute.run(() -> lstm.read(s.sentence(), s.whatIf()));
            LstmReading trained = s.whatIf().isNone() ? reading : ViewCompute.run(() -> lstm.read(s.sentence(), WhatIf.NONE));
            notice.show(parsed.problems());
            render(reading, trained);
            result.setVisible(true);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            result.setVisible(false);
        }
    }

    private void render(LstmReading reading, LstmReading trained) {
        int t = state.index(reading.size());
        memory.show(reading, state);
        step.show(reading, state, lstm.vocabulary().size());
        whatIf.show(reading, trained, state);
        tape.show(reading, state);
        model.show(reading, card, lstm.weights().hiddenSize());
        versus.show(state.sentence());
        order.removeAll();
        for (Inline run : Words.runs("order-compare")) { // one sentence; its link gets the sentence's address
            if (run instanceof Inline.Link link) {
                Anchor attention = new Anchor(link.href() + "?" + Query.of(Query.SENTENCE, state.sentence())
                        .getQueryString(), link.text());
                attention.setId("attention-link");
                order.add(attention);
            } else {
                Prose.runs(order, List.of(run));
            }
        }
        numbers.setSummaryText(Words.t("fold-numbers-step", "step", t + 1));
        numbers.show(state.folds().isOpen(LstmState.NUMBERS), () -> {
            TraceView trace = new TraceView();
            trace.setId("trace");
            trace.show(reading.trace(t, PageLanguage.current()), s -> {
                Figure f = Figure.of(s.value()).digits(3);
                return switch (s.id()) {
                    case LstmReading.F, LstmReading.I, LstmReading.O -> f.range(0, 1);
                    case LstmReading.G, LstmReading.H -> f.range(-1, 1);
                    case LstmReading.X -> f.showIds(true);
                    default -> f;
                };
            });
            return trace;
        });
    }
}
