package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Summaries;

/**
 * A wide matrix (one row per word, 100 or 384 columns) as one labelled heat strip per row on a shared colour scale:
 * a square-cell heatmap of 100 columns would leave rows too thin to label.
 */
class Strips extends Div {

    Strips(Value.Matrix m) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double[][] values = m.values(); // (rows, columns)
        for (double[] row : values) {
            for (double x : row) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        addClassName("gb-strips");
        add(new Paragraph(EmbeddingsView.say("strips", "columns", m.columns(), "low", Summaries.number(lo),
                "high", Summaries.number(hi))));
        for (int i = 0; i < values.length; i++) {
            String word = m.rowLabels().get(i);
            Span label = new Span(word);
            label.addClassName("gb-strip-word");
            label.getElement().setAttribute("title", word);
            Figure strip = Figure.of(new Value.Vector(values[i], m.columnLabels()),
                    EmbeddingsView.say("strip-figure", "columns", m.columns(), "word", word)).range(lo, hi).digits(4);
            Div row = new Div(label, strip);
            row.addClassName("gb-strip-row");
            add(row);
        }
    }
}
