package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.TraceView;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The decoder as a diagram of boxes in reading order (the blocks share one dashed box) and the chosen box's steps
 * for the learner's text, every number shown. Why LayerNorm comes before each sub-layer here is said beside it.
 */
final class StepsSection extends Div {

    private final Consumer<DecoderState> go;
    private final Div flow = new Div();
    private final H3 boxTitle = new H3();
    private TraceView steps;
    /** What the steps shown were computed from: the reading, the box, and the layer and head where they matter. */
    private List<Object> shown;

    StepsSection(Consumer<DecoderState> go) {
        this.go = go;
        setId("steps");
        flow.setId("decoder-flow");
        flow.addClassName("gb-flow");
        add(Contents.heading("steps-title", Texts.decoder("steps-title")), new Prose("decoder", "flow"), flow, boxTitle);
    }

    void show(DecoderState state, DecoderReading reading) {
        flow.removeAll(); // its buttons go to the state as it is now
        int blocks = reading.model().shape().layers();
        Div block = new Div();
        block.addClassName("gb-flow-layer");
        block.add(new Span(Texts.decoder("steps-block", "l", state.layer(), "blocks", blocks, "last", blocks - 1)));
        for (DecoderFlow box : DecoderFlow.values()) {
            boolean chosen = box.id().equals(state.box());
            Button b = new Button(box.title(), e -> go.accept(state.withBox(box.id())));
            b.setId("box-" + box.id());
            b.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (box.inBlock()) {
                block.add(b);
            } else {
                if (box == DecoderFlow.FINAL_NORM) {
                    flow.add(block);
                }
                flow.add(b);
            }
        }
        DecoderFlow box = DecoderFlow.byId(state.box());
        boxTitle.setText(box.inBlock()
                ? Texts.decoder("steps-box-in-block", "box", box.title(), "l", state.layer()) : box.title());
        // The steps stay on the page (and are not sent again) while what they show is the same: the embeddings and
        // the logits do not depend on the layer (the final LayerNorm's input says which block it follows), and only
        // the attention box depends on the head.
        boolean anyLayer = box == DecoderFlow.EMBEDDINGS || box == DecoderFlow.LOGITS;
        List<Object> key = Arrays.asList(reading, box, anyLayer ? -1 : state.layer(),
                box == DecoderFlow.ATTENTION ? state.head() : -1);
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        if (steps != null) {
            remove(steps);
        }
        steps = new TraceView();
        steps.setId("decoder-steps");
        steps.show(DecoderTrace.part(reading, state.layer(), state.head(), box.steps()), s -> switch (s.id()) {
            case MultiHeadAttention.WEIGHTS -> Figure.of(s.value(), Texts.decoder("steps-weights-summary", "h", state.head()))
                    .range(0, 1).axes(MaskSection.query(), MaskSection.key()).digits(3);
            case MultiHeadAttention.MASKED -> Figure.of(s.value(), Texts.decoder("steps-masked-summary", "h", state.head()))
                    .axes(MaskSection.query(), MaskSection.key()).digits(3);
            case DecoderTrace.CHARACTERS -> Figure.of(s.value()).showIds(true);
            case DecoderTrace.PROBABILITIES -> Figure.of(s.value(), Texts.decoder("steps-probabilities-summary")).range(0, 1).digits(3);
            default -> Figure.of(s.value());
        });
        add(steps);
    }
}
