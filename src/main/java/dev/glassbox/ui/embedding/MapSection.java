package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.WordMap;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Scatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sentence's words and their neighbours on a 2-D map made by PCA, with how much of the spread it keeps. */
class MapSection extends Div {

    private final Div map = new Div();

    MapSection(GloveVectors glove) {
        setId("map-section");
        map.setId("map");
        add(new H2("A map of your sentence"), new Prose("embeddings", "map", Map.of("dimensions", glove.dimensions())), map);
    }

    void show(WordMap.Result wm, int sentenceWords) {
        map.removeAll();
        List<Scatter.Point> points = wm.points().stream()
                .map(p -> new Scatter.Point(p.word(), p.neighbourOf() == null ? 0 : 1,
                        p.neighbourOf() == null ? "sentence word" : "neighbour of " + p.neighbourOf(), p.x(), p.y()))
                .toList();
        double[] ex = wm.projection().explained();
        String share = String.format(Locale.ROOT, "Axis 1 keeps %.1f%% of the spread of these %d words and axis 2 keeps %.1f%%.",
                100 * ex[0], points.size(), 100 * ex[1]);
        Scatter scatter = new Scatter(points, String.format(Locale.ROOT, "axis 1 (%.1f%%)", 100 * ex[0]),
                String.format(Locale.ROOT, "axis 2 (%.1f%%)", 100 * ex[1]), List.of("your sentence's words", "their neighbours"),
                "Your sentence's " + sentenceWords + " words and their neighbours, flattened to two dimensions. " + share);
        scatter.setId("word-map");
        Paragraph explained = new Paragraph(share);
        explained.setId("map-explained");
        map.add(scatter, explained);
    }
}
