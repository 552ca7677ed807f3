package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Announcer;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import dev.glassbox.ui.decoder.ProbabilityBars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The decoder writing the answer one token at a time: Back, Step, Play and Reset; the tokens written so far; the
 * distribution the current token was chosen from; where the chosen head's cross-attention looks (output × source),
 * every head's cross-attention at this step, and the decoder's causal self-attention.
 */
final class WritingSection extends Div {

    static final int BARS = 8;

    private final Button back = new Button(say("back"));
    private final Button next = new Button(say("step"));
    private final Button play = new Button(say("play"));
    private final Button reset = new Button(say("reset"));
    private final Div body = new Div();
    private final Announcer announcer = new Announcer("step-announcer");
    private final BiConsumer<Prediction, String> answered;

    /**
     * @param go    shows a step
     * @param start starts Play from the current step (or stops it while it runs)
     */
    WritingSection(IntConsumer go, Runnable start, BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("writing");
        back.setId("step-back");
        next.setId("step-next");
        play.setId("play");
        reset.setId("reset");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(back, next, play, reset);
        buttons.addClassName("gb-controls");
        back.addClickListener(e -> go.accept(current - 1));
        next.addClickListener(e -> go.accept(current + 1));
        reset.addClickListener(e -> go.accept(1));
        play.addClickListener(e -> start.run());
        add(Contents.heading("writing-title", say("writing-heading")), new Prose(TranslateSentences.CONCEPT, "writing"),
                buttons, announcer, body);
    }

    private int current = 1;
    private boolean running;

    /** Play is running (true) or not: the button says what it will do. */
    void playing(boolean running) {
        this.running = running;
        play.setText(say(running ? "stop" : "play"));
    }

    /**
     * Shows a step; {@code ask} is false while Play runs, so that the question before the cross-attention figure
     * waits until the learner stops to look.
     */
    void show(TranslateReading r, int step, int layer, int head, Answers answers, boolean ask) {
        current = step;
        back.setEnabled(step > 1);
        next.setEnabled(step < r.steps());
        play.setEnabled(step < r.steps() || running);
        body.removeAll();

        List<String> shown = new ArrayList<>(r.written(step));
        List<Integer> ids = new ArrayList<>();
        for (int j = 0; j < step; j++) {
            ids.add(r.translation().output()[j]);
        }
        Figure output = Figure.of(new Value.TokenList(shown, ids), say("written-summary", "step", step,
                "steps", r.steps(), "tokens", String.join(" ", shown))).showIds(true).marks(List.of(step - 1));
        output.setId("written");
        Paragraph said = new Paragraph(TranslateSentences.step(r, step));
        said.setId("step-sentence");
        announcer.say(said.getText());

        List<TranslateReading.Candidate> top = r.top(step, BARS);
        ProbabilityBars bars = new ProbabilityBars("step-bars", top.stream().map(TranslateReading.Candidate::token).toList(),
                top.stream().map(TranslateReading.Candidate::probability).toList(),
                say("bars-summary", "bars", BARS, "size", Seq2SeqVocabulary.size(), "step", step));

        List<String> read = r.read(step);
        List<String> source = r.sourceLabels();
        Figure cross = Figure.of(MultiHeadAttention.matrix(r.cross(layer, head, step), read, source),
                say("cross-summary", "head", head, "layer", layer))
                .range(0, 1).axes(say("axis-step"), say("axis-source")).digits(3);
        cross.setId("cross-attention");
        Paragraph focus = new Paragraph(TranslateSentences.crossFocus(r, layer, head, step));
        focus.setId("cross-sentence");

        Figure all = Figure.of(MultiHeadAttention.matrix(r.allCross(step), r.headLabels(), source),
                say("all-heads-summary", "step", step))
                .range(0, 1).axes(say("axis-head"), say("axis-source")).digits(3);
        all.setId("all-heads");

        Figure self = Figure.of(MultiHeadAttention.matrix(r.self(layer, head, step), read, read),
                say("self-summary", "head", head, "layer", layer)).range(0, 1)
                .axes(say("axis-query"), say("axis-key")).digits(3);
        self.setId("self-attention");

        QuestionSlot question = new QuestionSlot(cross, focus, all);
        body.add(output, said, new H3(say("bars-heading")), bars, new H3(say("cross-heading")), question, cross, focus,
                new Prose(TranslateSentences.CONCEPT, "cross"), new H3(say("all-heads-heading", "n", r.headLabels().size())),
                all, new H3(say("self-heading")), self, new Prose(TranslateSentences.CONCEPT, "masked"));
        question.ask(ask ? TranslateQuestions.cross(r, layer, head, step) : Optional.empty(), answers, answered);
    }
}
