package dev.glassbox.ui.position;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.function.BiConsumer;

/** The sinusoidal encoding: the formula, a worked example, its map, and how similarity changes with distance (computed). */
class FormulaSection extends Div {

    private final BiConsumer<Prediction, String> answered;

    FormulaSection(BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("sinusoidal");
    }

    void show(PositionsState state) {
        removeAll();
        int n = state.positions();
        int d = state.dimensions();
        double[][] pe = PositionalEncoding.sinusoidal(n, d);
        Paragraph example = new Paragraph(Words.t("example", "sin", Summaries.number(pe[1][0]), "cos",
                Summaries.number(pe[1][1])));
        example.setId("pe-example");
        double[][] cos = PositionalEncoding.cosines(pe);
        Paragraph fading = new Paragraph(fading(PositionalEncoding.lagProfile(cos), n, d));
        fading.setId("pe-fading");
        Figure heatmap = figure(Figure.shared(List.of("sinusoidal", n, d),
                        () -> PositionalEncoding.matrix(pe, MultiHeadAttention.dimensions(d, "")),
                        Words.t("heatmap-figure", "last", n - 1, "d", d))
                        .range(-1, 1).axes(Words.t("axis-position"), Words.t("axis-dimension")), "pe-heatmap");
        Figure cosines = figure(Figure.shared(List.of("sinusoidal-cosines", n, d),
                        () -> PositionalEncoding.matrix(cos, PositionalEncoding.positions(n)), Words.t("cosines-figure"))
                        .range(-1, 1).axes(Words.t("axis-position"), Words.t("axis-position")), "pe-cosines");
        add(new H2(Words.t("formula-heading")), new Prose("positions", "formula"), example,
                new Question(PositionsQuestions.fastest(n, d), state.answers(), answered, heatmap), heatmap,
                new Prose("positions", "cosines"),
                new Question(PositionsQuestions.fading(n, d), state.answers(), answered, fading, cosines), fading, cosines);
    }

    /** What the similarity does with distance, for these positions and dimensions — computed, not assumed. */
    static String fading(PositionalEncoding.LagProfile p, int n, int d) {
        if (p.firstRise() < 0) {
            return Words.t("fading-falls", "n", n, "d", d, "end", Summaries.number(p.at(n - 1)), "last", n - 1);
        }
        int dip = p.firstRise() - 1;
        int peak = p.peakAfterRise();
        return Words.t("fading-rises", "n", n, "d", d, "dipValue", Summaries.number(p.at(dip)), "dip", dip, "peak",
                peak, "peakValue", Summaries.number(p.at(peak)), "lowest", p.lowest(), "lowestValue",
                Summaries.number(p.at(p.lowest())));
    }

    static Figure figure(Figure f, String id) {
        f.setId(id);
        return f;
    }
}
