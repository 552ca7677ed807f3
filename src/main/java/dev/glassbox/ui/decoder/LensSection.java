package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prose;

/** The logit lens as a grid: rows = the stream after 0 … L blocks, columns = positions, each cell the first guess. */
final class LensSection extends Div {

    /** The reading shown: the lens depends on nothing else, so a change of layer or head leaves it as it is. */
    private DecoderReading shown;

    LensSection() {
        setId("lens");
    }

    void show(DecoderReading reading) {
        if (reading == shown) {
            return;
        }
        shown = reading;
        removeAll();
        LogitLens lens = new LogitLens(reading);
        Figure grid = Figure.of(lens.matrix(), Texts.decoder("lens-figure"))
                .cellLabels(lens.characters()).range(0, 1)
                .axes(Texts.decoder("axis-depth"), Texts.decoder("axis-position")).digits(3);
        grid.setId("lens-grid");
        Div box = new Div(grid);
        box.addClassName("gb-scroll");
        Paragraph summary = new Paragraph(lens.summary());
        summary.setId("lens-summary");
        add(Contents.heading("lens-title", Texts.decoder("lens-title")), new Prose("decoder", "lens"),
                box, summary);
    }
}
