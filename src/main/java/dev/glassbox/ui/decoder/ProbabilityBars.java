package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.Locale;

/**
 * Candidate next characters as horizontal bars, most likely first: one server-built SVG (the bar lengths are
 * probabilities on a fixed 0–1 scale, so two charts side by side compare directly) with a Download menu (SVG, PNG),
 * its summary sentence, and the same numbers as a table in the figure under it. Characters are escaped; nothing is written as HTML from input.
 */
public final class ProbabilityBars extends Div {

    private static final int ROW = 22, LABEL = 44, BAR = 250, WIDTH = LABEL + BAR + 70;

    ProbabilityBars(String id, List<DecoderReading.Prediction> predictions, String summary) {
        this(id, predictions.stream().map(DecoderReading.Prediction::character).toList(),
                predictions.stream().map(DecoderReading.Prediction::probability).toList(), summary);
    }

    /** Bars for {@code labels} (tokens, shown as text) with their {@code probabilities}, in the order given. */
    public ProbabilityBars(String id, List<String> labels, List<Double> probabilities, String summary) {
        setId(id);
        addClassName("gb-bars");
        Paragraph said = new Paragraph(summary);
        said.addClassName("gb-summary");
        int height = labels.size() * ROW + 4;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"%s\" style=\"display:block;width:100%%;max-width:%dpx;height:auto\">",
                WIDTH, height, escape(summary), WIDTH + 40));
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            double probability = probabilities.get(i);
            int y = 2 + i * ROW;
            double w = Math.max(0.5, probability * BAR);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"central\""
                    + " style=\"font:14px var(--lumo-font-family-monospace,monospace);fill:var(--lumo-body-text-color)\">%s</text>",
                    LABEL - 10, y + ROW / 2.0, escape(label)));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.2f\" height=\"%d\" rx=\"2\""
                    + " style=\"fill:var(--lumo-primary-color)\"><title>%s</title></rect>",
                    LABEL, y + 3, w, ROW - 6, escape(label + ": " + Summaries.number(probability))));
            s.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.1f\" dominant-baseline=\"central\""
                    + " style=\"font:12px var(--lumo-font-family);fill:var(--lumo-secondary-text-color)\">%s</text>",
                    LABEL + w + 6, y + ROW / 2.0, Summaries.number(probability, 3)));
        }
        s.append("</svg>");
        // <gb-picture> (frontend/base.js) gives the drawing the Download menu of every figure: SVG and PNG.
        Element picture = new Element("gb-picture");
        picture.setAttribute("data-title", summary);
        picture.appendChild(new Svg(s.toString()).getElement());
        add(said);
        getElement().appendChild(picture);
    }

    /** Text for SVG markup: the five characters XML reserves, escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
