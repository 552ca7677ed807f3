package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Plot;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LSTM versus transformer on the learner's text and on the held-out chapters: the ten most likely next characters of
 * each, each network's probability of the character that actually comes next at every position, and the held-out
 * bits per character of decoder, LSTM and 5-gram from the two training reports. Shown on both lessons.
 */
public final class ComparisonSection extends Div {

    static final int TOP = 10;

    private final CharDecoder decoder;
    private final CharLstm lstm;
    /** The text shown, or null: the section depends on nothing else, so the same text is not read again. */
    private String shown;

    public ComparisonSection(CharDecoder decoder, CharLstm lstm) {
        this.decoder = decoder;
        this.lstm = lstm;
        setId("versus");
    }

    /** Fills the section for {@code text} (already within the app's limits). */
    public void show(String text) {
        if (!text.equals(shown)) {
            show(DecoderReading.of(decoder, text));
        }
    }

    /** Fills the section for a text the decoder has already read. */
    void show(DecoderReading reading) {
        if (reading.text().equals(shown)) {
            return;
        }
        shown = null; // set again once the section is complete, so a failed reading is tried again next time
        removeAll();
        NetworkComparison c = new NetworkComparison(reading, lstm, reading.text());
        String end = reading.label(reading.size() - 1);
        List<DecoderReading.Prediction> dec = c.decoderTop(TOP);
        List<DecoderReading.Prediction> rec = c.lstmTop(TOP);
        Div side = new Div(new ProbabilityBars("versus-decoder", dec, Texts.decoder("versus-decoder-summary", "c", end,
                "first", DecoderSentences.named(dec.getFirst().character()), "p", Summaries.number(dec.getFirst().probability(), 3))),
                new ProbabilityBars("versus-lstm", rec, Texts.decoder("versus-lstm-summary", "c", end,
                        "first", DecoderSentences.named(rec.getFirst().character()), "p", Summaries.number(rec.getFirst().probability(), 3))));
        side.addClassName("gb-side-by-side");
        Paragraph onText = new Paragraph(c.onText());
        onText.setId("versus-on-text");
        Figure table = Figure.of(c.table(), Texts.decoder("versus-table-summary")).digits(3);
        table.setId("versus-held-out");
        Paragraph verdict = new Paragraph(c.verdict() + (c.practice().isEmpty() ? "" : " " + c.practice()));
        verdict.setId("versus-verdict");
        add(new H2(Texts.decoder("versus-title")), new Prose("decoder", "compare"),
                new H3(Texts.decoder("versus-top-heading")), side,
                new H3(Texts.decoder("versus-actual-heading")), actual(c), onText,
                new H3(Texts.decoder("versus-held-out-heading")), table, verdict,
                new Prose("decoder", c.lstmBetter() ? "compare-why-lstm" : "compare-why-decoder",
                        Map.of("context", decoder.context())));
        shown = reading.text();
    }

    /** Each network's probability of the next character of the text, position by position, as two lines. */
    private static Div actual(NetworkComparison c) {
        DecoderReading r = c.decoder();
        int n = c.compared();
        if (n == 0) {
            return new Div();
        }
        double[][] dec = new double[n][];
        double[][] rec = new double[n][];
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            dec[k] = new double[] {k + 2, c.decoderProbability(k)};
            rec[k] = new double[] {k + 2, c.lstmProbability(k)};
            rows.add(List.of((k + 2) + " " + r.label(k + 1), c.decoderProbability(k), c.lstmProbability(k)));
        }
        Plot plot = new Plot(Texts.decoder("versus-plot-summary", "last", n + 1, "higher", c.decoderHigher(), "n", n))
                .x(Texts.decoder(r.dropped() > 0 ? "versus-x-window" : "versus-x"), 1, n + 1)
                .y(Texts.decoder("column-probability"), 0, 1).height(240)
                .line(dec, Texts.decoder("versus-line-decoder"), null).line(rec, "LSTM", "reference")
                .table(List.of(Texts.decoder("versus-column-guessed"), Texts.decoder("versus-column-decoder"), "LSTM"), rows)
                .draw();
        plot.setId("versus-actual");
        return new Div(plot);
    }
}
