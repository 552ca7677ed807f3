package dev.glassbox.ui.attention;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.HeadSearch;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.ModelSection;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.UrlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Lesson 4: self-attention in a real transformer, all-MiniLM-L6-v2 — every layer, every head, every number. */
@Route("attention")
@PageTitle("Self-attention — Glassbox")
@Menu(order = 4, title = "Attention", icon = "vaadin:connect")
public class AttentionView extends Main implements BeforeEnterObserver {

    /** Sentences whose pronoun a head may link to a noun (Winograd-style pairs among them). */
    static final List<String> TRY_THIS = List.of(
            LearnerText.DEFAULT_SENTENCE,
            "The animal didn't cross the street because it was too wide.",
            "The trophy didn't fit in the suitcase because it was too big.",
            "The dog chased the cat until it climbed a tree.",
            "Sarah thanked Anna because she had helped her.");

    private static final Map<String, String> VIEW_NAMES = Map.of(AttentionState.HEATMAP, "view-heatmap",
            AttentionState.LINES, "view-lines", AttentionState.MODEL, "view-model");

    private final MiniLmLoader loader;
    private final SentenceField field = new SentenceField();
    private final Select<Integer> layer = new Select<>();
    private final Select<Integer> head = new Select<>();
    private final RadioButtonGroup<String> view = new RadioButtonGroup<>();
    private final Select<Integer> query = new Select<>();
    private final Checkbox tiny = new Checkbox(AttentionText.plain("tiny-label"));
    private final Notice notice = new Notice("attention-notice");
    private final Div content = new Div();
    private final HeadSection weights = new HeadSection(this::go, this::answer);
    private final PronounSection pronoun;
    private final QuerySection oneWord = new QuerySection(this::toggled, this::answer);
    private final TinySection tinySection = new TinySection();
    private AttentionState state;
    private List<String> tokens = List.of();

    public AttentionView(MiniLmLoader loader) {
        this.loader = loader;
        this.pronoun = new PronounSection(loader, this::toggled);
        addClassName("gb-page");
        layer.setId("layer");
        layer.setLabel(AttentionText.plain("layer-label"));
        layer.setItems(IntStream.range(0, MiniLmEncoder.LAYERS).boxed().toList());
        head.setId("head");
        head.setLabel(AttentionText.plain("head-label"));
        head.setItems(IntStream.range(0, MiniLmEncoder.HEADS).boxed().toList());
        view.setId("view");
        view.setLabel(AttentionText.plain("view-label"));
        view.setItems(AttentionState.VIEWS);
        view.setItemLabelGenerator(v -> AttentionText.plain(VIEW_NAMES.get(v)));
        query.setId("query");
        query.setLabel(AttentionText.plain("query-label"));
        query.setItemLabelGenerator(i -> i < tokens.size() ? i + ": " + tokens.get(i) : String.valueOf(i));
        tiny.setId("tiny");
        content.setId("attention-content");
        Div controls = new Div(layer, head, view, query, tiny);
        controls.addClassName("gb-controls");
        add(new H1(AttentionText.plain("title")),
                new Contents(new Contents.Entry("weights", AttentionText.plain("contents-weights")),
                        new Contents.Entry("pronoun", AttentionText.plain("contents-pronoun")),
                        new Contents.Entry("one-word", AttentionText.plain("contents-one-word")),
                        new Contents.Entry("why", AttentionText.plain("contents-why")),
                        new Contents.Entry("try-this", AttentionText.plain("contents-try"))),
                new Prose("attention", "intro"), new Prose("attention", "terms"), field, notice, controls, content);
        field.onSentence(s -> go(state.withSentence(s)), notice::show);
        FromClient.onChange(layer, l -> go(state.withLayer(l)));
        FromClient.onChange(head, h -> go(state.withHead(h)));
        FromClient.onChange(view, v -> go(state.withView(v)));
        FromClient.onChange(tiny, t -> go(state.withTiny(t)));
        FromClient.onChange(query, q -> {
            if (q != null) {
                go(state.withQuery(q));
            }
        });
    }

    private void go(AttentionState next) {
        UI.getCurrent().navigate(AttentionView.class, next.toQuery());
    }

    /** A learner opened or closed a fold: only the link changes. */
    private void toggled(String fold, boolean open) {
        state = state.withFolds(state.folds().with(fold, open));
        UrlState.replace(AttentionView.class, state.toQuery());
    }

    /** A learner answered a question: only the link changes. */
    private void answer(Prediction question, String value) {
        state = state.withAnswer(question, value);
        UrlState.replace(AttentionView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<AttentionState> parsed = AttentionState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        field.setValue(state.sentence());
        layer.setValue(state.layer());
        head.setValue(state.head());
        view.setValue(state.view());
        tiny.setValue(state.tiny());
        layer.setEnabled(!state.tiny());
        head.setEnabled(!state.tiny());
        view.setEnabled(!state.tiny());
        query.setEnabled(!state.tiny());
        render(parsed.problems());
    }

    private void render(List<String> linkProblems) {
        List<String> problems = new ArrayList<>(linkProblems);
        content.removeAll();
        notice.clear();
        try {
            if (state.tiny()) {
                tinySection.show(new WordTokenizer().encode(LearnerText.require(state.sentence())).stream().map(Token::text).toList());
                notice.show(problems);
                content.add(tinySection);
                return;
            }
            EncoderInput input = EncoderInput.of(state.sentence());
            tokens = input.tokens();
            EncoderRun run = ModelSection.run(this, content, loader, input, () -> render(List.of())).orElse(null);
            if (run == null) {
                notice.show(problems);
                return;
            }
            int n = run.size();
            int q = state.query();
            if (q >= n) {
                problems.add(AttentionText.plain("problem-query", "last", n - 1));
                q = -1;
            }
            if (q < 0) {
                int p = HeadSearch.pronoun(tokens);
                q = p >= 0 ? p : Math.min(1, n - 1);
            }
            notice.show(problems);
            query.setItems(IntStream.range(0, n).boxed().toList());
            query.setValue(q);
            weights.show(state, run, q);
            pronoun.show(state, run);
            oneWord.show(state, run, q);
            content.add(weights, pronoun, oneWord, why(), tries());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private static Div why() {
        Div why = new Div(new H2(AttentionText.plain("why-scale-title")), new Prose("attention", "why-scale"),
                new H2(AttentionText.plain("why-heads-title")), new Prose("attention", "why-heads"),
                new H2(AttentionText.plain("learned-title")), new Prose("attention", "learned"));
        why.setId("why");
        return why;
    }

    private Div tries() {
        Div links = new Div();
        links.addClassName("gb-tries");
        for (String s : TRY_THIS) {
            links.add(new Anchor("attention?" + AttentionState.of(s).withLayerAndHead(state.layer(), state.head())
                    .withView(AttentionState.LINES).toQuery().getQueryString(), s));
        }
        Div tries = new Div(new H2(AttentionText.plain("try-title")), new Prose("attention", "try"), links);
        tries.setId("try-this");
        return tries;
    }
}
