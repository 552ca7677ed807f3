package dev.glassbox.ui.encoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.trace.Step;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Lesson 5: the whole encoder layer of all-MiniLM-L6-v2 as a flow of boxes; each box shows its tensor. */
@Route("encoder")
@PageTitle("The encoder — Glassbox")
@Menu(order = 5, title = "Encoder", icon = "vaadin:cubes")
public class EncoderView extends Main implements BeforeEnterObserver {

    private final MiniLmLoader loader;
    private final SentenceField field = new SentenceField();
    private final Select<Integer> layer = new Select<>();
    private final Notice notice = new Notice("encoder-notice");
    private final Div flow = new Div();
    private final Div content = new Div();
    private EncoderState state;

    public EncoderView(MiniLmLoader loader) {
        this.loader = loader;
        addClassName("gb-page");
        layer.setId("layer");
        layer.setLabel("Layer");
        layer.setItems(IntStream.range(0, MiniLmEncoder.LAYERS).boxed().toList());
        flow.setId("encoder-flow");
        flow.addClassName("gb-flow");
        content.setId("encoder-content");
        add(new H1("The encoder: attention, add & norm, feed-forward — six times"),
                new Paragraph("An encoder layer reads one vector per token and writes one vector per token. Inside, "
                        + "self-attention lets the tokens exchange information, a feed-forward network works on each token "
                        + "alone, and after each of them the input is added back and the result normalised. "
                        + "all-MiniLM-L6-v2 stacks six such layers. Click a box to see its numbers for your sentence."),
                field, notice, layer, flow, content);
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
    }

    private void go(EncoderState next) {
        UI.getCurrent().navigate(EncoderView.class, next.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EncoderState.Parsed parsed = EncoderState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        field.setValue(state.sentence());
        layer.setValue(state.layer());
        drawFlow();
        render(new ArrayList<>(parsed.problems()));
    }

    private void drawFlow() {
        flow.removeAll();
        Div layerBox = new Div();
        layerBox.addClassName("gb-flow-layer");
        layerBox.add(new Span("Encoder layer " + state.layer() + " (× 6)"));
        for (EncoderFlow box : EncoderFlow.values()) {
            Button b = new Button(box.title(), e -> go(state.withBox(box.id())));
            b.setId("box-" + box.id());
            b.addThemeVariants(box.id().equals(state.box()) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            b.getElement().setAttribute("aria-pressed", String.valueOf(box.id().equals(state.box())));
            if (box.inLayer()) {
                layerBox.add(b);
            } else {
                if (box == EncoderFlow.POOLING) {
                    flow.add(layerBox);
                }
                flow.add(b);
            }
        }
    }

    private void render(List<String> problems) {
        content.removeAll();
        notice.clear();
        EncoderInput input;
        try {
            input = EncoderInput.of(state.sentence());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            return;
        }
        if (!problems.isEmpty()) {
            notice.show(String.join(" ", problems));
        }
        if (input.truncated()) {
            Paragraph note = new Paragraph(input.note());
            note.setId("truncation-note");
            note.addClassName("gb-note");
            content.add(note);
        }
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            waitForModel();
            return;
        }
        EncoderRun run = loader.run(encoder, input);
        EncoderFlow box = EncoderFlow.byId(state.box());
        content.add(new H2(box.title() + (box.inLayer() ? " in layer " + state.layer() : "")));
        if (box == EncoderFlow.ATTENTION) {
            content.add(new Anchor("attention?" + Query.of(Query.SENTENCE, state.sentence(), "layer", state.layer())
                    .getQueryString(), "Open this layer's 12 heads in the attention lesson →"));
        }
        Trace all = run.trace(state.layer(), 0);
        Set<String> shown = Set.copyOf(box.steps());
        Trace.Builder part = Trace.builder();
        for (Step s : all.steps()) {
            if (shown.contains(s.id())) {
                part.add(new Step(s.id(), s.title(), s.equation(), s.explanation(),
                        s.inputs().stream().filter(shown::contains).toList(), s.value()));
            }
        }
        TraceView steps = new TraceView();
        steps.setId("encoder-steps");
        steps.show(part.build(), s -> s.id().equals(dev.glassbox.model.attention.MultiHeadAttention.WEIGHTS)
                ? Figure.of(s.value(), "Attention weights of head 0 (row = query token).").range(0, 1).axes("query", "key")
                : Figure.of(s.value()));
        content.add(steps);
        if (box == EncoderFlow.NORM_1 || box == EncoderFlow.NORM_2 || box == EncoderFlow.EMBEDDING_NORM) {
            content.add(new Paragraph("LayerNorm is the z-score of the statistics lesson, applied to each token on its own: "
                    + "subtract the token's mean, divide by its standard deviation. It keeps the numbers in a steady range "
                    + "from layer to layer, which makes training stable."));
        }
    }

    private void waitForModel() {
        Paragraph loading = new Paragraph(loader.progress());
        loading.setId("model-loading");
        loading.addClassName("gb-note");
        content.add(loading);
        WhenLoaded.poll(this, loader, loading::setText, () -> render(new ArrayList<>()));
    }

    /** The home page's card: the sentence embedding as a heat strip. */
    public static JourneyCard card(String sentence) {
        MiniLmLoader loader = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator().getOrCreate(MiniLmLoader.class);
        EncoderState target = new EncoderState(sentence, 0, EncoderFlow.NORM_1.id());
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            return new JourneyCard("encoder", "Encoder", loader.progress(), new Paragraph("The numbers appear once it is loaded."),
                    "encoder", target.toQuery());
        }
        EncoderRun run = loader.run(encoder, EncoderInput.of(sentence));
        return new JourneyCard("encoder", "Encoder",
                "Six layers of attention and feed-forward turn the " + run.size() + " tokens into one sentence embedding of 384 numbers.",
                Figure.of(run.trace(5, 0).step(EncoderRun.SENTENCE_EMBEDDING).value(), "The sentence embedding."),
                "encoder", target.toQuery());
    }
}
