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
        Paragraph example = new Paragraph("For example, position 1, dimension 0: PE(1, 0) = sin(1 / 10000⁰) = sin 1 = "
                + Summaries.number(pe[1][0]) + "; dimension 1: PE(1, 1) = cos 1 = " + Summaries.number(pe[1][1]) + ".");
        example.setId("pe-example");
        double[][] cos = PositionalEncoding.cosines(pe);
        Paragraph fading = new Paragraph(fading(PositionalEncoding.lagProfile(cos), n, d));
        fading.setId("pe-fading");
        Figure heatmap = figure(Figure.of(PositionalEncoding.matrix(pe, MultiHeadAttention.dimensions(d, "")),
                        "Sinusoidal encoding of positions 0 to " + (n - 1) + " in " + d
                                + " dimensions, colour scale from −1 to 1: the left columns change fast from row to row, the right ones slowly.")
                        .range(-1, 1).axes("position", "dimension"), "pe-heatmap");
        Figure cosines = figure(Figure.of(PositionalEncoding.matrix(cos, PositionalEncoding.positions(n)),
                        "Cosine similarity of the sinusoidal vectors of every two positions, colour scale from −1 to 1.")
                        .range(-1, 1).axes("position", "position"), "pe-cosines");
        add(new H2("The formula"), new Prose("positions", "formula"), example,
                new Question(PositionsQuestions.fastest(n, d), state.answers(), answered, heatmap), heatmap,
                new Prose("positions", "cosines"),
                new Question(PositionsQuestions.fading(n, d), state.answers(), answered, fading, cosines), fading, cosines);
    }

    /** What the similarity does with distance, for these positions and dimensions — computed, not assumed. */
    static String fading(PositionalEncoding.LagProfile p, int n, int d) {
        String here = "For these " + n + " positions in " + d + " dimensions";
        if (p.firstRise() < 0) {
            return here + " the similarity falls with every step of distance: from 1 at distance 0 to "
                    + Summaries.number(p.at(n - 1)) + " at distance " + (n - 1) + ".";
        }
        int dip = p.firstRise() - 1;
        int peak = p.peakAfterRise();
        return here + " it does not simply fade with distance: the similarity falls from 1 to " + Summaries.number(p.at(dip))
                + " at distance " + dip + ", then rises again — positions " + peak + " apart are more alike ("
                + Summaries.number(p.at(peak)) + ") than positions " + dip + " apart. The least alike are positions "
                + p.lowest() + " apart (" + Summaries.number(p.at(p.lowest())) + ").";
    }

    static Figure figure(Figure f, String id) {
        f.setId(id);
        return f;
    }
}
