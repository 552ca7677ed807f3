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
        TraceView steps = new TraceView();
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
        add(Contents.heading("steps-title", Texts.decoder("steps-title")), new Prose("decoder", "flow"), flow,
                new H3(box.inBlock()
                ? Texts.decoder("steps-box-in-block", "box", box.title(), "l", state.layer()) : box.title()), steps);
    }
}
