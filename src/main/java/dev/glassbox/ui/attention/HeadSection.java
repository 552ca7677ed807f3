package dev.glassbox.ui.attention;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.HeadPattern;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Question;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The figure that matters: one head's weights as a heatmap or as lines, or all 72 heads; and its pattern in words. */
class HeadSection extends Div {

    private final Consumer<AttentionState> go;
    private final BiConsumer<Prediction, String> answered;

    HeadSection(Consumer<AttentionState> go, BiConsumer<Prediction, String> answered) {
        this.go = go;
        this.answered = answered;
        setId("weights");
    }

    void show(AttentionState state, EncoderRun run, int query) {
        removeAll();
        List<String> tokens = run.tokens();
        int n = run.size();
        int l = state.layer();
        int h = state.head();
        float[][] weights = run.attention(l, h);
        String where = "layer " + l + ", head " + h;
        add(new H2("Attention weights of " + where));
        Div figure = new Div();
        figure.setId("weights-figure");
        switch (state.view()) {
            case AttentionState.LINES -> {
                // 520 px wide: on a phone it scrolls inside its own box, never the page
                Div box = new Div(AttentionDiagram.lines(tokens, weights, query,
                        "Lines from each query token (left) to each key token (right) of " + where
                                + "; the thicker the line, the larger the weight. Click a token on the left to follow it.",
                        i -> go.accept(state.withQuery(i))));
                box.addClassName("gb-scroll");
                figure.add(box);
            }
            case AttentionState.MODEL -> figure.add(AttentionDiagram.model(run, l, h,
                    "Every head of every layer as a small heatmap (rows: query tokens, columns: key tokens"
                            + (n > AttentionDiagram.MODEL_VIEW_TOKENS ? ", first " + AttentionDiagram.MODEL_VIEW_TOKENS + " tokens" : "")
                            + "). Click one to open it.",
                    (layer, head) -> go.accept(state.withLayerAndHead(layer, head).withView(AttentionState.HEATMAP))));
            default -> {
                Figure heatmap = Figure.of(MultiHeadAttention.matrix(weights, tokens, tokens),
                        "Attention weights of " + where + ": row = query token, column = key token; each row sums to 1.")
                        .range(0, 1).axes("query", "key").digits(3);
                heatmap.setId("attention-heatmap");
                Div box = new Div(heatmap);
                box.addClassName("gb-scroll");
                figure.add(box);
            }
        }
        HeadPattern pattern = HeadPattern.of(weights);
        Paragraph words = new Paragraph(pattern.describe(tokens) + " " + pattern.averages());
        words.setId("head-pattern");
        add(new Question(AttentionQuestions.top(tokens, weights, l, h, query), state.answers(), answered, figure, words),
                figure, words);
    }
}
