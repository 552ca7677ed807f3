package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.seq2seq.DateFormat;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.UrlState;
import dev.glassbox.ui.decoder.GeneratePoll;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The translation lesson: the full Transformer — an encoder and a decoder joined by cross-attention — rewriting the
 * learner's date as ISO 8601, one token at a time, every number shown.
 */
@Route("translate")
@PageTitle("The full transformer — Glassbox")
@Menu(order = 5.9, title = "Full transformer", icon = "vaadin:exchange")
@StyleSheet("context://frontend/translate.css")
public class TranslateView extends Main implements BeforeEnterObserver {

    /** Dates that teach: a trained format, a day-first ambiguity, a format never seen, a wrong weekday. */
    static final List<String> TRY = List.of("Wednesday, 9 May 2018", "03/04/2020", "May the 4th, 2020",
            "Monday, 9 May 2018");
    /** Milliseconds between two tokens while Play runs. */
    static final int PLAY_MS = 700;

    private final Seq2SeqTransformer model;
    private final TextField date = new TextField(say("date-label"));
    private final Notice notice = new Notice("translate-notice");
    private final Paragraph reading = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Paragraph extra = new Paragraph();
    private final Select<Integer> layer = new Select<>();
    private final Select<Integer> head = new Select<>();
    private final EncoderSection encoder = new EncoderSection(this::answered);
    private final WritingSection writing = new WritingSection(this::toStep, this::play, this::answered);
    private final FigureOneSection figure = new FigureOneSection(this::openBox);
    private final TeacherForcingSection teacherForcing = new TeacherForcingSection();
    private final TranslateTrainingSection training = new TranslateTrainingSection(this::toggled);
    private final Div result = new Div();
    private final GeneratePoll poll = new GeneratePoll(this::tick);
    private TranslateState state;
    private TranslateReading read;
    private long playStarted;
    private int playFrom;

    public TranslateView(Seq2SeqTransformer model) {
        this.model = model;
        addClassName("gb-page");
        date.setId("date");
        date.setWidthFull();
        date.setClearButtonVisible(true);
        date.setHelperText(say("date-helper", "max", Seq2SeqTransformer.MAX_SOURCE));
        Div tries = new Div();
        tries.addClassName("gb-controls");
        tries.setId("try-this");
        for (int i = 0; i < TRY.size(); i++) {
            String text = TRY.get(i);
            Button b = new Button(text, e -> go(state.withDate(text)));
            b.setId("try-" + (i + 1));
            tries.add(b);
        }
        reading.setId("date-reading");
        outcome.setId("outcome");
        extra.setId("date-extra");
        layer.setId("layer");
        layer.setLabel(say("layer-label"));
        layer.setItems(IntStream.range(0, model.shape().decoderLayers()).boxed().toList());
        head.setId("head");
        head.setLabel(say("head-label"));
        head.setItems(IntStream.range(0, model.shape().heads()).boxed().toList());
        Paragraph follows = new Paragraph(say("follows"));
        follows.addClassName("gb-hint");
        Div controls = new Div(layer, head, follows);
        controls.addClassName("gb-controls");
        result.setId("translate-result");
        result.add(reading, outcome, extra, controls, encoder, writing, figure, teacherForcing,
                new Div(new Prose(TranslateSentences.CONCEPT, "links")), training);
        add(new H1(say("heading")),
                new Contents(new Contents.Entry("encoder-reads", say("contents-encoder")),
                        new Contents.Entry("writing", say("contents-writing")),
                        new Contents.Entry("figure-1", say("contents-figure")),
                        new Contents.Entry("teacher-forcing", say("contents-teacher-forcing")),
                        new Contents.Entry("translate-training", say("contents-training"))),
                new Prose(TranslateSentences.CONCEPT, "intro"), date, tries, formats(), notice, result);
        date.addKeyPressListener(Key.ENTER, e -> submit());
        FromClient.onChange(date, text -> submit());
        FromClient.onChange(layer, l -> go(state.withLayer(l)));
        FromClient.onChange(head, h -> go(state.withHead(h)));
        addDetachListener(e -> poll.stop());
    }

    /** The trained formats, each written for the same date, computed from {@link DateFormat}. */
    private static Div formats() {
        UnorderedList list = new UnorderedList();
        list.setId("trained-formats");
        list.addClassName("gb-format-list");
        for (DateFormat f : DateFormat.values()) {
            list.add(new ListItem(f.example()));
        }
        return new Div(new Prose(TranslateSentences.CONCEPT, "formats"), list);
    }

    private void submit() {
        String text = date.getValue();
        if (!text.equals(state.date())) {
            go(state.withDate(text));
        }
    }

    /** Goes to {@code target}, with the answers as they are now (a section may hold an older state). */
    private void go(TranslateState target) {
        UI.getCurrent().navigate(TranslateView.class, target.withAnswers(state.answers()).toQuery());
    }

    /** A question answered (or shown without an answer): only the link changes. */
    private void answered(Prediction question, String value) {
        state = state.withAnswers(state.answers().with(question, value));
        UrlState.replace(TranslateView.class, state.toQuery());
    }

    private void openBox(String box) {
        go(state.withBox(box));
    }

    private void toStep(int step) {
        go(state.withStep(step));
    }

    /** A fold opened or closed: only the link changes. */
    private void toggled(String fold, boolean open) {
        state = state.withFold(fold, open);
        UrlState.replace(TranslateView.class, state.toQuery());
    }

    /** Play: one token every {@value #PLAY_MS} ms from the current step to the end; pressed again, it stops. */
    private void play() {
        if (playFrom > 0) {
            stopPlay();
            return;
        }
        if (read == null || state.step() >= read.steps()) {
            return;
        }
        playFrom = state.step();
        playStarted = System.nanoTime();
        writing.playing(true);
        poll.start(UI.getCurrent());
    }

    private void tick() {
        if (playFrom == 0 || read == null) {
            return;
        }
        int due = (int) Math.min(read.steps(), playFrom + (System.nanoTime() - playStarted) / (PLAY_MS * 1_000_000L));
        if (due >= read.steps()) {
            state = state.withStep(due);
            stopPlay();
        } else if (due != state.step()) {
            state = state.withStep(due);
            UrlState.replace(TranslateView.class, state.toQuery()); // one token every PLAY_MS: the link keeps up
            renderSteps();
        }
    }

    private void stopPlay() {
        playFrom = 0;
        poll.stop();
        UrlState.replace(TranslateView.class, state.toQuery());
        writing.playing(false);
        renderSteps();
    }

    /** A text the app cannot read: one sentence, and no figures of the old text under it. */
    private void rejected(String sentence) {
        notice.show(sentence);
        result.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        playFrom = 0;
        poll.stop();
        writing.playing(false);
        Parsed<TranslateState> parsed = TranslateState.parse(event.getLocation().getQueryParameters(),
                model.shape().decoderLayers(), model.shape().heads());
        state = parsed.state();
        date.setValue(state.date());
        layer.setValue(state.layer());
        head.setValue(state.head());
        try {
            if (read == null || !read.text().equals(state.date())) {
                read = TranslateReading.of(model, state.date());
            }
        } catch (InvalidInputException e) {
            read = null;
            rejected(e.getMessage());
            return;
        }
        notice.show(parsed.problems());
        state = state.withStep(read.clamp(state.step()));
        reading.setText(TranslateSentences.recognition(read));
        outcome.setText(TranslateSentences.outcome(read));
        String more = TranslateSentences.ambiguity(read).or(() -> TranslateSentences.weekdayEffect(read)).orElse("");
        extra.setText(more);
        extra.setVisible(!more.isEmpty());
        encoder.show(read, state.layer(), state.head(), state.answers());
        renderSteps();
        teacherForcing.show(model);
        training.show(state, model);
        result.setVisible(true);
    }

    /** What changes with the step: the writing and the diagram's numbers. */
    private void renderSteps() {
        writing.show(read, state.step(), state.layer(), state.head(), state.answers(), playFrom == 0);
        figure.show(read, state.box(), state.layer(), state.head(), state.step());
    }
}
