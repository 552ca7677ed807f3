package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.UrlState;
import java.util.List;
import java.util.stream.IntStream;

/** The decoder lesson: the learner's text through a small character transformer in GPT-2's shape, every number shown. */
@Route("decoder")
@PageTitle("The decoder — Glassbox")
@Menu(order = 5.5, title = "Decoder", icon = "vaadin:pencil")
public class DecoderView extends Main implements BeforeEnterObserver {

    private final CharDecoder model;
    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("decoder-notice");
    private final Paragraph window = new Paragraph();
    private final Paragraph unknown = new Paragraph();
    private final Select<Integer> layer = new Select<>();
    private final Select<Integer> head = new Select<>();
    private final Div characters = new Div();
    private final MaskSection mask = new MaskSection(this::answered);
    private final StepsSection steps = new StepsSection(this::go);
    private final NextSection next = new NextSection(this::toggled, this::answered);
    private final LensSection lens = new LensSection();
    private final ComparisonSection versus;
    private final TrainingSection training = new TrainingSection(this::toggled);
    private final Div result = new Div();
    private DecoderState state;
    private DecoderReading reading;
    private DecoderReading charactersShown;

    public DecoderView(CharDecoder model, CharLstm lstm) {
        this.model = model;
        this.versus = new ComparisonSection(model, lstm);
        addClassName("gb-page");
        field.setHelperText(DecoderSentences.limit(model.context()));
        window.setId("decoder-window");
        unknown.setId("decoder-unknown");
        window.addClassName("gb-hint");
        unknown.addClassName("gb-hint");
        layer.setId("layer");
        layer.setLabel(Texts.decoder("label-layer"));
        layer.setItems(IntStream.range(0, model.shape().layers()).boxed().toList());
        head.setId("head");
        head.setLabel(Texts.decoder("label-head"));
        head.setItems(IntStream.range(0, model.shape().heads()).boxed().toList());
        characters.setId("characters");
        Div controls = new Div(layer, head);
        controls.addClassName("gb-controls");
        Div preLn = new Div(new Prose("decoder", "pre-ln"));
        preLn.setId("pre-ln");
        result.setId("decoder-result");
        result.add(characters, controls, mask, steps, preLn, next, lens, versus, training);
        add(new H1(Texts.decoder("heading")),
                new Contents(entry("characters"), entry("mask"), entry("steps"), entry("pre-ln"), entry("next"),
                        entry("lens"), entry("versus"), entry("training")),
                new Prose("decoder", "intro"), field, notice, window, unknown, result);
        field.onSentence(s -> go(state.withSentence(s)), this::rejected);
        FromClient.onChange(layer, l -> go(state.withLayer(l)));
        FromClient.onChange(head, h -> go(state.withHead(h)));
    }

    /** A table of contents entry: the section's id and its name in the lesson file ({@code contents-<id>}). */
    private static Contents.Entry entry(String id) {
        return new Contents.Entry(id, Texts.decoder("contents-" + id));
    }

    /** Goes to {@code target}, with the answers as they are now (a section may hold an older state). */
    private void go(DecoderState target) {
        UI.getCurrent().navigate(DecoderView.class, target.withAnswers(state.answers()).toQuery());
    }

    /** A fold opened or closed: only the link changes. */
    private void toggled(String fold, boolean open) {
        state = state.withFold(fold, open);
        UrlState.replace(DecoderView.class, state.toQuery());
    }

    /** A question answered (or shown without an answer): only the link changes. */
    private void answered(Prediction question, String value) {
        state = state.withAnswers(state.answers().with(question, value));
        UrlState.replace(DecoderView.class, state.toQuery());
    }

    /** A text the app cannot read: one sentence, and no figures of the old text under it. */
    private void rejected(String sentence) {
        notice.show(sentence);
        result.setVisible(false);
        window.setVisible(false);
        unknown.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<DecoderState> parsed = DecoderState.parse(event.getLocation().getQueryParameters(),
                model.shape().layers(), model.shape().heads());
        state = parsed.state();
        field.setValue(state.sentence());
        layer.setValue(state.layer());
        head.setValue(state.head());
        try {
            LearnerText.require(state.sentence());
            if (reading == null || !reading.text().equals(state.sentence())) {
                reading = DecoderReading.of(model, state.sentence());
            }
        } catch (InvalidInputException e) {
            rejected(e.getMessage());
            return;
        }
        notice.show(parsed.problems());
        render();
        result.setVisible(true);
    }

    private void render() {
        DecoderSentences.window(window, reading);
        DecoderSentences.unknown(unknown, reading);
        if (reading != charactersShown) { // the characters depend only on the text
            characters(reading);
        }
        mask.show(state, reading);
        steps.show(state, reading);
        next.show(state, reading);
        lens.show(reading);
        versus.show(reading);
        training.show(state, model);
    }

    private void characters(DecoderReading reading) {
        charactersShown = reading;
        List<Integer> ids = IntStream.range(0, reading.size()).map(reading::id).boxed().toList();
        Figure chips = Figure.of(new Value.TokenList(IntStream.range(0, reading.size()).mapToObj(reading::label).toList(),
                ids), Texts.decoder("characters-summary", "n", reading.size())).showIds(true);
        chips.setId("character-ids");
        characters.removeAll();
        characters.add(Contents.heading("characters-title", Texts.decoder("characters-title")), chips,
                new Prose("decoder", "characters"));
    }
}
