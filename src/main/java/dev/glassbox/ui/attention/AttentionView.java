package dev.glassbox.ui.attention;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.attention.HeadPattern;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.attention.QueryArithmetic;
import dev.glassbox.model.attention.TinyAttention;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Trace;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.HeadSearch;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Lesson 4: self-attention in a real transformer, all-MiniLM-L6-v2 — every layer, every head, every number. */
@Route("attention")
@PageTitle("Self-attention — Glassbox")
@Menu(order = 4, title = "Attention", icon = "vaadin:connect")
public class AttentionView extends Main implements BeforeEnterObserver {

    /** Sentences whose pronoun a head may resolve (Winograd-style pairs). */
    static final List<String> TRY_THIS = List.of(
            LearnerText.DEFAULT_SENTENCE,
            "The animal didn't cross the street because it was too wide.",
            "The trophy didn't fit in the suitcase because it was too big.",
            "The dog chased the cat until it climbed a tree.",
            "Sarah thanked Anna because she had helped her.");

    private static final Map<String, String> VIEW_NAMES = Map.of(AttentionState.HEATMAP, "Heatmap",
            AttentionState.LINES, "Lines", AttentionState.MODEL, "All 72 heads");

    private final MiniLmLoader loader;
    private final SentenceField field = new SentenceField();
    private final Select<Integer> layer = new Select<>();
    private final Select<Integer> head = new Select<>();
    private final RadioButtonGroup<String> view = new RadioButtonGroup<>();
    private final Select<Integer> query = new Select<>();
    private final Checkbox tiny = new Checkbox("Tiny mode: 2 heads, 4 numbers per word, checkable by hand");
    private final Notice notice = new Notice("attention-notice");
    private final Div content = new Div();
    private AttentionState state;
    private List<String> tokens = List.of();

    public AttentionView(MiniLmLoader loader) {
        this.loader = loader;
        addClassName("gb-page");
        layer.setId("layer");
        layer.setLabel("Layer");
        layer.setItems(IntStream.range(0, MiniLmEncoder.LAYERS).boxed().toList());
        head.setId("head");
        head.setLabel("Head");
        head.setItems(IntStream.range(0, MiniLmEncoder.HEADS).boxed().toList());
        view.setId("view");
        view.setLabel("Show");
        view.setItems(AttentionState.VIEWS);
        view.setItemLabelGenerator(VIEW_NAMES::get);
        query.setId("query");
        query.setLabel("Query token");
        query.setItemLabelGenerator(i -> i < tokens.size() ? i + ": " + tokens.get(i) : String.valueOf(i));
        tiny.setId("tiny");
        content.setId("attention-content");
        Div controls = new Div(layer, head, view, query, tiny);
        controls.addClassName("gb-controls");
        add(new H1("Self-attention: which words does each word look at?"),
                new Paragraph("To understand a word, a model looks at the other words of the sentence. In a transformer "
                        + "each word asks a question (its query), every word offers an answer (its key), and how well they "
                        + "match decides how much of that word's information (its value) flows in. Here you see it in a "
                        + "real trained model, all-MiniLM-L6-v2: 6 layers of 12 heads each, every number computed for your sentence."),
                field, notice, controls, content);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    LearnerText.require(e.getValue());
                    go(state.withSentence(e.getValue()));
                } catch (InvalidInputException ex) {
                    notice.show(ex.getMessage());
                }
            }
        });
        layer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withLayer(e.getValue()));
            }
        });
        head.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withHead(e.getValue()));
            }
        });
        view.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withView(e.getValue()));
            }
        });
        tiny.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withTiny(e.getValue()));
            }
        });
        query.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(state.withQuery(e.getValue()));
            }
        });
    }

    private void go(AttentionState next) {
        UI.getCurrent().navigate(AttentionView.class, next.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttentionState.Parsed parsed = AttentionState.parse(event.getLocation().getQueryParameters());
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
        render(new ArrayList<>(parsed.problems()));
    }

    private void render(List<String> problems) {
        content.removeAll();
        notice.clear();
        if (state.tiny()) {
            renderTiny(problems);
            return;
        }
        EncoderInput input;
        try {
            input = EncoderInput.of(state.sentence());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            return;
        }
        tokens = input.tokens();
        if (input.truncated()) {
            Paragraph note = new Paragraph(input.note());
            note.setId("truncation-note");
            note.addClassName("gb-note");
            content.add(note);
        }
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            waitForModel(problems);
            return;
        }
        EncoderRun run = loader.run(encoder, input);
        int n = run.size();
        int pronoun = HeadSearch.pronoun(tokens);
        int q = state.query();
        if (q >= n) {
            problems.add("The link's query token must be a number from 0 to " + (n - 1) + "; showing the first word instead.");
            q = -1;
        }
        if (q < 0) {
            q = pronoun >= 0 ? pronoun : Math.min(1, n - 1);
        }
        if (!problems.isEmpty()) {
            notice.show(String.join(" ", problems));
        }
        query.setItems(IntStream.range(0, n).boxed().toList());
        query.setValue(q);
        int l = state.layer();
        int h = state.head();
        float[][] weights = run.attention(l, h);

        if (pronoun >= 0) {
            content.add(hint(run, pronoun));
        }
        String where = "layer " + l + ", head " + h;
        content.add(new H2("Attention weights of " + where));
        switch (state.view()) {
            case AttentionState.LINES -> {
                final int selected = q;
                content.add(AttentionDiagram.lines(tokens, weights, selected,
                        "Lines from each query token (left) to each key token (right) of " + where
                                + "; the thicker the line, the larger the weight. Click a token on the left to follow it.",
                        i -> go(state.withQuery(i))));
            }
            case AttentionState.MODEL -> content.add(AttentionDiagram.model(run, l, h,
                    "Every head of every layer as a small heatmap (rows: query tokens, columns: key tokens"
                            + (n > AttentionDiagram.MODEL_VIEW_TOKENS ? ", first " + AttentionDiagram.MODEL_VIEW_TOKENS + " tokens" : "")
                            + "). Click one to open it.",
                    (layerIndex, headIndex) -> go(state.withLayerAndHead(layerIndex, headIndex).withView(AttentionState.HEATMAP))));
            default -> {
                Figure heatmap = Figure.of(MultiHeadAttention.matrix(weights, tokens, tokens),
                        "Attention weights of " + where + ": row = query token, column = key token; each row sums to 1.")
                        .range(0, 1).axes("query", "key").digits(3);
                heatmap.setId("attention-heatmap");
                content.add(heatmap);
            }
        }
        Paragraph pattern = new Paragraph(HeadPattern.of(weights).describe(tokens));
        pattern.setId("head-pattern");
        content.add(pattern);

        content.add(new H2("Follow one word: “" + tokens.get(q) + "” in " + where),
                new Paragraph("Choose the query token above (or click it in the lines view). These are the numbers that make "
                        + "its row of the heatmap."));
        TraceView arithmetic = new TraceView(QueryArithmetic.trace(run.layers().get(l).attention(), h, q, tokens));
        arithmetic.setId("query-steps");
        content.add(arithmetic);

        content.add(new H2("Why divide by √dₖ?"), new Paragraph("Each head compares a query and a key of dₖ = 32 numbers by "
                + "their dot product, a sum of 32 products. If those numbers have mean 0 and variance 1, each product has "
                + "variance 1 and the sum of 32 independent ones has variance 32 — a standard deviation of √32 ≈ 5.66. "
                + "Scores that far apart would make the softmax put almost all weight on one token and hardly learn; "
                + "dividing by √32 brings the scores back to a spread of about 1."),
                new H2("What may a head have learned?"), new Paragraph("Nobody tells a head what to do: training only rewards "
                + "outputs that help. Some heads end up looking at the previous or next word (word order), some at [CLS] or "
                + "[SEP] (a place to rest when nothing fits), and some link words that belong together — a verb and its "
                + "object, or a pronoun and the noun it stands for. Browse “All 72 heads” to find them."));

        // drawn only when opened: Q, K and V are T×384 matrices each
        Details all = new Details("Every step of this head, from the layer's input (Q, K, V, scores, softmax, output)");
        all.setId("head-steps");
        all.addOpenedChangeListener(e -> {
            if (e.isOpened() && all.getContent().findAny().isEmpty()) {
                all.add(new TraceView(run.attentionTrace(l, h)));
            }
        });
        content.add(all);
        content.add(tries());
    }

    private void renderTiny(List<String> problems) {
        List<String> words;
        try {
            words = new WordTokenizer().encode(LearnerText.require(state.sentence())).stream().map(Token::text).toList();
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            return;
        }
        if (!problems.isEmpty()) {
            notice.show(String.join(" ", problems));
        }
        Trace trace = TinyAttention.trace(words);
        byte[] csv = TinyAttention.csv(trace).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "glassbox-tiny-attention.csv", "text/csv", csv.length)),
                "Download this worksheet as CSV");
        download.setId("tiny-csv");
        TraceView steps = new TraceView();
        steps.setId("tiny-steps");
        steps.show(trace, s -> Figure.of(s.value()).digits(4));
        content.add(new H2("Tiny mode: self-attention you can check with a calculator"),
                new Paragraph("The same recipe as the real model, shrunk: your first " + Math.min(words.size(), TinyAttention.MAX_WORDS)
                        + " words, 4 numbers per word, 2 heads of 2 numbers, one-decimal weights drawn from the seed "
                        + TinyAttention.SEED + ", no biases. The numbers are not trained — they only make every step small "
                        + "enough to redo on paper. Download the worksheet, fill in a cell yourself, and compare."),
                download, steps);
    }

    private Div hint(EncoderRun run, int pronoun) {
        HeadSearch.Found found = HeadSearch.strongest(run, pronoun);
        Div hint = new Div();
        hint.setId("pronoun-hint");
        hint.addClassName("gb-hint");
        if (found == null) {
            hint.add(new Paragraph("“" + tokens.get(pronoun) + "” has no other word to look at here."));
            return hint;
        }
        hint.add(new Paragraph(String.format(Locale.ROOT,
                "Which word does “%s” stand for? Of all 72 heads, layer %d, head %d links it most strongly to another word: "
                        + "“%s” gets %.0f%% of its attention.", tokens.get(pronoun), found.layer(), found.head(),
                tokens.get(found.key()), 100 * found.weight())));
        AttentionState target = state.withLayerAndHead(found.layer(), found.head()).withQuery(pronoun)
                .withView(AttentionState.LINES);
        Anchor open = new Anchor("attention?" + target.toQuery().getQueryString(), "Open layer " + found.layer() + ", head "
                + found.head() + " →");
        open.setId("pronoun-link");
        hint.add(open);
        return hint;
    }

    private Div tries() {
        Div tries = new Div(new H2("Try this"), new Paragraph("Change one word and watch the pronoun's attention move:"));
        Div links = new Div();
        links.addClassName("gb-tries");
        for (String s : TRY_THIS) {
            links.add(new Anchor("attention?" + new AttentionState(s, state.layer(), state.head(), -1, AttentionState.LINES,
                    false).toQuery().getQueryString(), s));
        }
        tries.add(links);
        tries.setId("try-this");
        return tries;
    }

    private void waitForModel(List<String> problems) {
        if (!problems.isEmpty()) {
            notice.show(String.join(" ", problems));
        }
        Paragraph loading = new Paragraph(loader.progress());
        loading.setId("model-loading");
        loading.addClassName("gb-note");
        content.add(loading);
        WhenLoaded.poll(this, loader, loading::setText, () -> render(new ArrayList<>()));
    }

    /** The home page's card: the pronoun's strongest head, or head 0 of layer 0, as a small heatmap. */
    public static JourneyCard card(String sentence) {
        MiniLmLoader loader = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator().getOrCreate(MiniLmLoader.class);
        EncoderInput input = EncoderInput.of(sentence);
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            return new JourneyCard("attention", "Attention", loader.progress(), new Paragraph("The heatmap appears once it is loaded."),
                    "attention", new AttentionState(sentence, 0, 0, -1, AttentionState.HEATMAP, false).toQuery());
        }
        EncoderRun run = loader.run(encoder, input);
        int pronoun = HeadSearch.pronoun(run.tokens());
        HeadSearch.Found found = pronoun >= 0 ? HeadSearch.strongest(run, pronoun) : null;
        int l = found == null ? 0 : found.layer();
        int h = found == null ? 0 : found.head();
        String text = found == null
                ? "Each of its " + run.size() + " tokens looks at the others: layer 0, head 0 of 72 heads."
                : "“" + run.tokens().get(pronoun) + "” looks at “" + run.tokens().get(found.key()) + "” in layer " + l + ", head " + h + ".";
        return new JourneyCard("attention", "Attention", text,
                Figure.of(MultiHeadAttention.matrix(run.attention(l, h), run.tokens(), run.tokens()),
                        "Attention weights of layer " + l + ", head " + h + ".").range(0, 1).axes("query", "key"),
                "attention", new AttentionState(sentence, l, h, pronoun, AttentionState.HEATMAP, false).toQuery());
    }
}
