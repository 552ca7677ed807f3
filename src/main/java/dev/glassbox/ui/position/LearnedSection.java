package dev.glassbox.ui.position;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.ModelSection;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import java.util.List;

/** all-MiniLM-L6-v2's learned position embeddings: their map on a robust colour scale, and their similarities. */
class LearnedSection extends Div {

    /** The colour scale covers this share of the numbers; the few beyond it get the end colours. */

    private final MiniLmLoader loader;
    private PositionsState state;
    /** The number of positions shown, or 0: the section depends on nothing else (not on the dimensions). */
    private int shown;

    LearnedSection(MiniLmLoader loader) {
        this.loader = loader;
        setId("learned");
    }

    void show(PositionsState next) {
        state = next;
        if (next.positions() != shown) {
            render();
        }
    }

    private void render() {
        shown = 0; // set once the section is complete (not while the model is still loading)
        removeAll();
        add(new H2(Words.t("learned-heading")));
        MiniLmEncoder encoder = ModelSection.encoder(this, this, loader, this::render).orElse(null);
        if (encoder == null) {
            return;
        }
        int n = state.positions();
        shown = n;
        float[][] rows = encoder.positionEmbeddings(n);
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[rows[i].length];
            for (int d = 0; d < rows[i].length; d++) {
                p[i][d] = rows[i][d];
            }
        }
        double[][] cos = PositionalEncoding.cosines(p);
        Paragraph similar = new Paragraph(similarity(PositionalEncoding.lagProfile(cos)));
        similar.setId("learned-fading");
        add(new Prose("positions", "learned"),
                FormulaSection.figure(Figure.shared(List.of("learned", n),
                        () -> PositionalEncoding.matrix(p, MultiHeadAttention.dimensions(MiniLmEncoder.D_MODEL, "")),
                        Words.t("learned-figure", "last", n - 1)).axes(Words.t("axis-position"),
                        Words.t("axis-dimension")), "learned-heatmap"),
                similar,
                FormulaSection.figure(Figure.shared(List.of("learned-cosines", n),
                        () -> PositionalEncoding.matrix(cos, PositionalEncoding.positions(n)),
                        Words.t("learned-cosines-figure"))
                        .range(-1, 1).axes(Words.t("axis-position"), Words.t("axis-position")), "learned-cosines"));
    }

    /** How alike learned positions are by distance, averaged over all pairs that far apart — computed. */
    static String similarity(PositionalEncoding.LagProfile p) {
        int most = 1;
        for (int k = 2; k < p.byLag().length; k++) {
            if (p.at(k) > p.at(most)) {
                most = k;
            }
        }
        return Words.t(most == 1 ? "learned-similar-neighbours" : "learned-similar-other", "one",
                Summaries.number(p.at(1)), "two", Summaries.number(p.at(2)), "lowest", p.lowest(), "lowestValue",
                Summaries.number(p.at(p.lowest())), "most", most);
    }
}
