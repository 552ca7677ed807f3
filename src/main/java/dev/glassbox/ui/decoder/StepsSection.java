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
import java.util.function.Consumer;

/**
 * The decoder as a diagram of boxes in reading order (the blocks share one dashed box) and the chosen box's steps
 * for the learner's text, every number shown. Why LayerNorm comes before each sub-layer here is said beside it.
 */
final class StepsSection extends Div {

    private final Consumer<DecoderState> go;

    StepsSection(Consumer<DecoderState> go) {
        this.go = go;
        setId("steps");
    }

    void show(DecoderState state, DecoderReading reading) {
        removeAll();
        int blocks = reading.model().shape().layers();
        Div flow = new Div();
        flow.setId("decoder-flow");
        flow.addClassName("gb-flow");
        Div block = new Div();
        block.addClassName("gb-flow-layer");
        block.add(new Span("Block " + state.layer() + " (× " + blocks + ": blocks 0 to " + (blocks - 1)
                + "; each LayerNorm works on a copy, the stream goes round it)"));
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
        TraceView steps = new TraceView();
        steps.setId("decoder-steps");
        steps.show(DecoderTrace.part(reading, state.layer(), state.head(), box.steps()), s -> switch (s.id()) {
            case MultiHeadAttention.WEIGHTS -> Figure.of(s.value(), "Attention weights of head " + state.head()
                    + " (row = the position that looks); 0 above the diagonal.").range(0, 1).axes("query", "key").digits(3);
            case MultiHeadAttention.MASKED -> Figure.of(s.value(), "Scaled scores of head " + state.head()
                    + " with the causal mask: −∞ (hatched) above the diagonal.").axes("query", "key").digits(3);
            case DecoderTrace.CHARACTERS -> Figure.of(s.value()).showIds(true);
            case DecoderTrace.PROBABILITIES -> Figure.of(s.value(), "Next-character probabilities after each "
                    + "position (row) for each character (column).").range(0, 1).digits(3);
            default -> Figure.of(s.value());
        });
        add(Contents.heading("steps-title", "Step by step, with every number"), new Prose("decoder", "flow"), flow,
                new H3(box.title() + (box.inBlock() ? " in block " + state.layer() : "")), steps);
    }
}
