package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.WordMap;
import dev.glassbox.ui.base.PageLanguage;
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
        add(new H2(EmbeddingsView.say("map-heading")), new Prose("embeddings", "map", Map.of("dimensions", glove.dimensions())), map);
    }

    void show(WordMap.Result wm, int sentenceWords) {
        map.removeAll();
        List<Scatter.Point> points = wm.points().stream()
                .map(p -> new Scatter.Point(p.word(), p.neighbourOf() == null ? 0 : 1,
                        p.neighbourOf() == null ? EmbeddingsView.say("map-note-sentence")
                                : EmbeddingsView.say("map-note-neighbour", "word", p.neighbourOf()), p.x(), p.y()))
                .toList();
        double[] ex = wm.projection().explained();
        String share = EmbeddingsView.say("map-share", "first", percent(ex[0]), "count", points.size(),
                "second", percent(ex[1]));
        Scatter scatter = new Scatter(points, EmbeddingsView.say("map-axis-1", "share", percent(ex[0])),
                EmbeddingsView.say("map-axis-2", "share", percent(ex[1])),
                List.of(EmbeddingsView.say("map-group-sentence"), EmbeddingsView.say("map-group-neighbours")),
                EmbeddingsView.say("map-summary", "count", sentenceWords, "share", share), scatterText());
        scatter.setId("word-map");
        Paragraph explained = new Paragraph(share);
        explained.setId("map-explained");
        map.add(scatter, explained);
    }

    /** A share as a percentage with one decimal, written as the page's language writes it. */
    private static String percent(double share) {
        return PageLanguage.decimals(String.format(Locale.ROOT, "%.1f%%", 100 * share));
    }

    /** The map element's own sentences and labels; {n} in a sentence is the number it counts. */
    static Map<String, String> scatterText() {
        return Map.of("hiddenOne", EmbeddingsView.say("scatter-hidden-one", "count", "{n}"),
                "hiddenOther", EmbeddingsView.say("scatter-hidden-other", "count", "{n}"),
                "hint", EmbeddingsView.say("scatter-hint"),
                "list", EmbeddingsView.say("scatter-list"),
                "listSummary", EmbeddingsView.say("scatter-list-summary"),
                "columnLabel", EmbeddingsView.say("scatter-column-label"),
                "columnGroup", EmbeddingsView.say("scatter-column-group"),
                "columnNote", EmbeddingsView.say("scatter-column-note"));
    }
}
