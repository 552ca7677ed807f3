package dev.glassbox.ui.encoder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.encoder.MiniLmEncoder;
import java.util.function.Consumer;

/** The encoder as a flow of boxes, in reading order; the six layers share one dashed box. Clicking a box opens it. */
class FlowSection extends Div {

    private final Consumer<EncoderState> go;

    FlowSection(Consumer<EncoderState> go) {
        this.go = go;
        setId("encoder-flow");
        addClassName("gb-flow");
    }

    void show(EncoderState state) {
        removeAll();
        Div layerBox = new Div();
        layerBox.addClassName("gb-flow-layer");
        layerBox.add(new Span(EncoderView.say("flow-layer", "layer", state.layer(), "layers", MiniLmEncoder.LAYERS,
                "last", MiniLmEncoder.LAYERS - 1)));
        for (EncoderFlow box : EncoderFlow.values()) {
            boolean chosen = box.id().equals(state.box());
            Button b = new Button(box.title(), e -> go.accept(state.withBox(box.id())));
            b.setId("box-" + box.id());
            b.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            // a long box name (in a longer language) wraps rather than widen the diagram on a phone
            b.getStyle().set("white-space", "normal").set("height", "auto")
                    .set("min-height", "var(--lumo-button-size)").set("max-width", "100%");
            if (box.inLayer()) {
                layerBox.add(b);
            } else {
                if (box == EncoderFlow.POOLING) {
                    add(layerBox);
                }
                add(b);
            }
        }
    }
}
