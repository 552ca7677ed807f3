package dev.glassbox.ui.attention;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.HeadPattern;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.PageLanguage;
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
        add(new H2(AttentionText.plain("weights-title", "layer", l, "head", h)));
        Div figure = new Div();
        figure.setId("weights-figure");
        switch (state.view()) {
            case AttentionState.LINES -> {
                // 520 px wide: on a phone it scrolls inside its own box, never the page
                Div box = new Div(AttentionDiagram.lines(tokens, weights, query,
                        AttentionText.plain("lines-summary", "layer", l, "head", h),
                        i -> go.accept(state.withQuery(i))));
                box.addClassName("gb-scroll");
                figure.add(box);
            }
            case AttentionState.MODEL -> figure.add(AttentionDiagram.model(run, l, h,
                    AttentionText.plain(n > AttentionDiagram.MODEL_VIEW_TOKENS ? "model-summary-first" : "model-summary",
                            "n", AttentionDiagram.MODEL_VIEW_TOKENS),
                    (layer, head) -> go.accept(state.withLayerAndHead(layer, head).withView(AttentionState.HEATMAP))));
            default -> {
                Figure heatmap = Figure.of(MultiHeadAttention.matrix(weights, tokens, tokens),
                        AttentionText.plain("heatmap-summary", "layer", l, "head", h))
                        .range(0, 1).axes(AttentionText.plain("axis-query"), AttentionText.plain("axis-key")).digits(3);
                heatmap.setId("attention-heatmap");
                Div box = new Div(heatmap);
                box.addClassName("gb-scroll");
                figure.add(box);
            }
        }
        HeadPattern pattern = HeadPattern.of(weights);
        Language language = PageLanguage.current();
        Paragraph words = new Paragraph(pattern.describe(tokens, language) + " " + pattern.averages(language));
        words.setId("head-pattern");
        add(new Question(AttentionQuestions.top(tokens, weights, l, h, query), state.answers(), answered, figure, words),
                figure, words);
    }
}
