package dev.glassbox.ui.attention;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.ui.base.FigureJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * One {@code <gb-attention>} element (frontend/attention.js): one head's weights as lines between query and key
 * tokens, or all heads as thumbnails. Weights travel as thousandths to keep the property compact.
 */
@Tag("gb-attention")
@JavaScript("context://frontend/attention.js")
class AttentionDiagram extends Component {

    /** The all-heads grid shows at most this many tokens (72 thumbnails of T×T). */
    static final int MODEL_VIEW_TOKENS = 64;

    private AttentionDiagram(Map<String, Object> data) {
        data.put("text", text());
        getElement().setProperty("data", FigureJson.of(data));
    }

    static AttentionDiagram lines(List<String> tokens, float[][] weights, int query, String summary,
            IntConsumer onQuery) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", "lines");
        d.put("tokens", tokens);
        d.put("weights", thousandths(weights, weights.length));
        d.put("query", query);
        d.put("summary", summary);
        AttentionDiagram diagram = new AttentionDiagram(d);
        diagram.setId("attention-lines");
        diagram.getElement().addEventListener("gb-query", e -> onQuery.accept(e.getEventData().get("event.detail.index").asInt()))
                .addEventData("event.detail.index");
        return diagram;
    }

    static AttentionDiagram model(EncoderRun run, int layer, int head, String summary, BiConsumer<Integer, Integer> onHead) {
        int n = Math.min(run.size(), MODEL_VIEW_TOKENS);
        int[][] all = new int[MiniLmEncoder.LAYERS * MiniLmEncoder.HEADS][];
        for (int l = 0; l < MiniLmEncoder.LAYERS; l++) {
            for (int h = 0; h < MiniLmEncoder.HEADS; h++) {
                int[][] w = thousandths(run.attention(l, h), n);
                int[] flat = new int[n * n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(w[i], 0, flat, i * n, n);
                }
                all[l * MiniLmEncoder.HEADS + h] = flat;
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", "model");
        d.put("tokens", run.tokens().subList(0, n));
        d.put("layers", MiniLmEncoder.LAYERS);
        d.put("heads", MiniLmEncoder.HEADS);
        d.put("layer", layer);
        d.put("head", head);
        d.put("all", all);
        d.put("summary", summary);
        AttentionDiagram diagram = new AttentionDiagram(d);
        diagram.setId("attention-model");
        diagram.getElement().addEventListener("gb-head", e -> onHead.accept(
                e.getEventData().get("event.detail.layer").asInt(), e.getEventData().get("event.detail.head").asInt()))
                .addEventData("event.detail.layer").addEventData("event.detail.head");
        return diagram;
    }

    /** The element's own words in the page's language; {l}, {h}, {j} and {token} are filled in the browser. */
    private static Map<String, String> text() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("query", AttentionText.plain("axis-query"));
        text.put("key", AttentionText.plain("axis-key"));
        text.put("layer", AttentionText.plain("diagram-layer"));
        text.put("head", AttentionText.plain("diagram-head"));
        text.put("layerLabel", AttentionText.plain("diagram-layer-label", "l", "{l}"));
        text.put("headLabel", AttentionText.plain("diagram-head-label", "h", "{h}"));
        text.put("thumb", AttentionText.plain("diagram-thumb", "l", "{l}", "h", "{h}"));
        text.put("keyColumn", AttentionText.plain("diagram-key-column", "j", "{j}", "token", "{token}"));
        return text;
    }

    private static int[][] thousandths(float[][] w, int n) {
        int[][] out = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = Math.round(w[i][j] * 1000);
            }
        }
        return out;
    }
}
