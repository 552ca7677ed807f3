package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

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
 * The paper's Figure 1 as two columns of boxes — the encoder on the left, the decoder on the right, the layers in
 * dashed boxes — where every box opens its numbers for the learner's date at the chosen layer, head and step.
 */
final class FigureOneSection extends Div {

    private final Consumer<String> open;

    FigureOneSection(Consumer<String> open) {
        this.open = open;
        setId("figure-1");
    }

    void show(TranslateReading r, String chosen, int layer, int head, int step) {
        removeAll();
        int encoderLayers = r.model().shape().encoderLayers();
        int decoderLayers = r.model().shape().decoderLayers();
        Div encoder = column(say("column-encoder"));
        Div decoder = column(say("column-decoder"));
        Div encoderLayer = layerBox(say("layer-encoder", "layer", layer, "layers", encoderLayers));
        Div decoderLayer = layerBox(say("layer-decoder", "layer", layer, "layers", decoderLayers));
        for (TranslateFlow box : TranslateFlow.values()) {
            boolean isChosen = box.id().equals(chosen);
            Button b = new Button(box.title(), e -> open.accept(box.id()));
            b.setId("box-" + box.id());
            b.addThemeVariants(isChosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            b.getElement().setAttribute("aria-pressed", String.valueOf(isChosen));
            boolean left = box.side() == TranslateFlow.Side.ENCODER;
            if (box.inLayer()) {
                (left ? encoderLayer : decoderLayer).add(b);
            } else {
                (left ? encoder : decoder).add(b);
            }
            if (box == TranslateFlow.INPUT_POSITIONS) {
                encoder.add(encoderLayer, note(say("memory-note")));
            }
            if (box == TranslateFlow.OUTPUT_POSITIONS) {
                decoder.add(decoderLayer);
            }
        }
        Div flow = new Div(encoder, decoder);
        flow.setId("transformer-flow");
        flow.addClassName("gb-flow-pair");
        TranslateFlow box = TranslateFlow.byId(chosen);
        TraceView steps = new TraceView();
        steps.setId("box-steps");
        steps.show(TranslateTrace.of(r, box, layer, head, step), s -> switch (s.id()) {
            case MultiHeadAttention.WEIGHTS -> Figure.of(s.value(), say("weights-summary", "head", head)).range(0, 1)
                    .axes(say("axis-query"), say("axis-key")).digits(3);
            case "source", "target" -> Figure.of(s.value()).showIds(true);
            case "probabilities" -> Figure.of(s.value(), say("probabilities-summary")).range(0, 1).digits(3);
            default -> Figure.of(s.value());
        });
        add(Contents.heading("figure-1-title", say("figure-heading")), new Prose(TranslateSentences.CONCEPT, "figure"),
                flow, new H3(heading(box, layer, step)), steps);
    }

    /** The open box's title, with the layer it is shown for (a box repeated per layer) and the step (the decoder). */
    private static String heading(TranslateFlow box, int layer, int step) {
        boolean decoder = box.side() == TranslateFlow.Side.DECODER;
        String name = "box-title" + (box.inLayer() ? "-layer" : "") + (decoder ? "-step" : "");
        return say(name, "box", box.title(), "layer", layer, "step", step);
    }

    private static Div column(String title) {
        Div c = new Div(new Span(title));
        c.addClassName("gb-flow");
        return c;
    }

    private static Div layerBox(String title) {
        Div d = new Div(new Span(title));
        d.addClassName("gb-flow-layer");
        return d;
    }

    private static Span note(String text) {
        Span s = new Span(text);
        s.addClassName("gb-hint");
        return s;
    }
}
