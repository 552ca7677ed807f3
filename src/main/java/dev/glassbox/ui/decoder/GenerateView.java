package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.compute.BusyException;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Generation;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.UrlState;
import dev.glassbox.ui.base.ViewCompute;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Generation: the character transformer continues the learner's prompt one character at a time, with the
 * distribution behind every character and the settings that reshape it. The writing is done a slice at a time —
 * at most {@link #SLICE_MS} ms per request, the rest on the next poll — so the page keeps answering while Play
 * writes or a link replays a long text.
 */
@Route("generate")
@PageTitle("Generation — Glassbox")
@Menu(order = 5.75, title = "Generation", icon = "vaadin:magic")
@StyleSheet("context://frontend/generate.css")
public class GenerateView extends Main implements BeforeEnterObserver {

    /** The longest a request writes before it answers; the rest waits for the next poll. */
    static final long SLICE_MS = 150;

    private final CharDecoder model;
    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("generate-notice");
    private final GenerateTextSection text = new GenerateTextSection(this::go, this::step, this::play);
    private final GenerateSettings settings;
    private final GenerateBars bars = new GenerateBars();
    private final GenerateWhy why = new GenerateWhy(this::toggled);
    private final Div result = new Div();
    private GenerateState state;
    private GenerateRun run;
    private GenerateRun greedy;
    private List<String> before = List.of(); // the text as it was before new settings rewrote it
    private GeneratePlay playing;            // null unless Play is writing
    private boolean busy;                    // the notice says the server is busy
    private final GeneratePoll poll = new GeneratePoll(() -> work(deadline()));

    public GenerateView(CharDecoder model) {
        this.model = model;
        this.settings = new GenerateSettings(model.vocabulary().size(), this::go);
        addClassName("gb-page");
        field.setLabel(Texts.generate("prompt-label"));
        field.setHelperText(Texts.generate("prompt-helper", "context", model.context()));
        result.setId("generate-result");
        result.add(text, settings, bars, why);
        Map<String, Object> constants = Map.of("characters", model.vocabulary().size(), "context", model.context());
        add(new H1(Texts.generate("heading")), new Prose("generate", "intro", constants),
                new Prose("generate", "loop", constants),
                new Contents(entry("text-section"), entry("settings"), entry("distribution-section"), entry("why")),
                field, notice, result);
        field.onSentence(s -> go(st -> st.withSentence(s)), notice::show);
    }

    /** A table of contents entry: the section's id and its name in the lesson file ({@code contents-<id>}). */
    private static Contents.Entry entry(String id) {
        return new Contents.Entry(id, Texts.generate("contents-" + id));
    }

    private void go(UnaryOperator<GenerateState> change) {
        UI.getCurrent().navigate(GenerateView.class, change.apply(state).toQuery());
    }

    private void toggled(boolean open) {
        state = state.withFold(GenerateState.GREEDY, open);
        UrlState.replace(GenerateView.class, state.toQuery());
        work(deadline());
    }

    /** A question answered (or shown without an answer): only the link changes. */
    private void answered(Prediction question, String value) {
        state = state.withAnswers(state.answers().with(question, value));
        UrlState.replace(GenerateView.class, state.toQuery());
    }

    private void step() {
        go(s -> s.withSteps(Math.min(Sampling.MAX_STEPS, s.steps() + 1)));
    }

    private void play() {
        if (playing != null) { // Stop: the link keeps what was written
            playing = null;
            go(s -> s);
            return;
        }
        int n = text.playCount();
        if (n == 0 || state.steps() >= Sampling.MAX_STEPS) {
            return;
        }
        state = state.withPlay(n);
        playing = new GeneratePlay(state.steps(), Math.min(Sampling.MAX_STEPS, state.steps() + n), System.nanoTime());
        work(deadline());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        playing = null; // any navigation ends Play
        Parsed<GenerateState> parsed = GenerateState.parse(event.getLocation().getQueryParameters(),
                model.vocabulary().size());
        GenerateState next = parsed.state();
        field.setValue(next.sentence());
        settings.show(next);
        text.show(next);
        try {
            String prompt = LearnerText.require(next.sentence());
            int length = prompt.codePointCount(0, prompt.length());
            if (length > model.context()) {
                throw new InvalidInputException(Texts.generate("prompt-too-long", "n", length, "context", model.context()));
            }
        } catch (InvalidInputException e) {
            state = next;
            notice.show(e.getMessage());
            result.setVisible(false);
            poll.stop();
            return;
        }
        int[] ids = model.encode(next.sentence());
        before = List.of(); // only a change of settings, right now, is compared with the text before it
        if (run == null || !run.writes(ids, next.sampling(), next.seed())) {
            boolean samePrompt = run != null && Arrays.equals(run.prompt(), ids);
            before = samePrompt && run.seed() == next.seed() && state.steps() == next.steps()
                    ? symbols(run.writtenIds(), Math.min(run.written(), next.steps())) : List.of();
            if (!samePrompt) {
                text.prompt(next.sentence(), model.vocabulary(), model.context());
            }
            run = new GenerateRun(model, ids, next.sampling(), next.seed());
        }
        if (greedy == null || !Arrays.equals(greedy.prompt(), ids)) {
            greedy = new GenerateRun(model, ids, new Sampling(0, 0, 1), 0);
        }
        state = next;
        busy = false;
        notice.show(parsed.problems());
        result.setVisible(true);
        why.show(state);
        work(deadline());
    }

    /**
     * Writes until {@code deadline}, shows what there is, and polls again while anything is left to write. When the
     * server has no room for the writing, says so and tries again on the next poll.
     */
    private void work(long deadline) {
        int target = playing == null ? state.steps() : playing.due(System.nanoTime());
        boolean greedyOpen = state.folds().isOpen(GenerateState.GREEDY);
        boolean done;
        boolean greedyDone;
        try {
            done = ViewCompute.run(() -> run.advance(target, deadline));
            greedyDone = !greedyOpen || ViewCompute.run(() -> greedy.advance(GenerateWhy.GREEDY_STEPS, deadline));
        } catch (BusyException e) {
            busy = true;
            notice.show(e.getMessage());
            poll.start(UI.getCurrent());
            return;
        }
        if (busy) {
            busy = false;
            notice.clear();
        }
        if (playing != null) {
            state = state.withSteps(Math.min(run.written(), playing.to()));
            if (run.written() >= playing.to()) {
                playing = null;
                // The link catches up once Play is done: replacing it at every character would queue up
                // navigations in the browser's router, which can come back late with a shorter text.
                UrlState.replace(GenerateView.class, state.toQuery());
            }
        }
        render(done && playing == null);
        if (greedyOpen) {
            why.greedy(String.join("", symbols(greedy.prompt(), greedy.prompt().length)),
                    symbols(greedy.writtenIds(), greedy.written()));
        }
        if (done && greedyDone && playing == null) {
            poll.stop();
        } else {
            poll.start(UI.getCurrent());
        }
    }

    private void render(boolean settled) {
        int written = Math.min(run.written(), state.steps());
        int shown = Math.min(state.shown(), written);
        List<String> symbols = symbols(run.writtenIds(), written);
        text.written(symbols, shown);
        text.playing(playing != null, written);
        text.status(GenerateSentences.status(run.started(), written, state.steps(), playing, shown));
        text.sentences(settled ? GenerateSentences.repeat(symbols) : "",
                GenerateSentences.context(run.prompt().length, written, model.context()),
                settled && !before.isEmpty() ? GenerateSentences.rewritten(before, symbols) : "");
        bars.setVisible(run.started());
        if (!run.started()) {
            return;
        }
        Sampling sampling = run.sampling();
        float[] first = run.firstLogits();
        bars.ask(GenerateQuestions.temperature(GenerateDistribution.of(first, Sampling.PLAIN, model.vocabulary(), -1),
                        first, 0),
                GenerateQuestions.kept(GenerateDistribution.of(first, sampling, model.vocabulary(), -1), 0),
                state.answers(), this::answered);
        if (shown == 0) {
            float[] logits = run.firstLogits();
            bars.show(GenerateDistribution.of(logits, sampling, model.vocabulary(), -1), logits, 0, 0, run.seed());
        } else {
            Generation.Step step = run.step(shown - 1);
            float[] logits = step.logits();
            bars.show(GenerateDistribution.of(logits, sampling, model.vocabulary(), step.chosen().id()), logits, shown,
                    run.u(shown - 1), run.seed());
        }
    }

    private static long deadline() {
        return System.nanoTime() + SLICE_MS * 1_000_000;
    }

    /** The characters of the first {@code n} ids. */
    private List<String> symbols(int[] ids, int n) {
        return Arrays.stream(ids, 0, n).mapToObj(model.vocabulary()::symbol).toList();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        playing = null; // leaving the page stops the writing
        poll.stop();
        super.onDetach(event);
    }
}
