package dev.glassbox.ui.attention;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.glassbox.model.attention.TinyAttention;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Tiny mode: the same recipe on 4 numbers per word and 2 heads, every step shown, a CSV worksheet, and what it leaves out. */
class TinySection extends Div {

    TinySection() {
        setId("tiny-mode");
    }

    void show(List<String> words) {
        removeAll();
        Trace trace = TinyAttention.trace(words);
        byte[] csv = TinyAttention.csv(trace).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "glassbox-tiny-attention.csv", "text/csv", csv.length)),
                "Download this worksheet as CSV");
        download.setId("tiny-csv");
        TraceView steps = new TraceView();
        steps.setId("tiny-steps");
        steps.show(trace, s -> Figure.of(s.value()).digits(4));
        int n = Math.min(words.size(), TinyAttention.MAX_WORDS);
        add(new H2("Tiny mode: self-attention you can check with a calculator"),
                new Paragraph("Your first " + n + (n == 1 ? " word" : " words") + ", weights from the seed " + TinyAttention.SEED + "."),
                new Prose("attention", "tiny"), download, new Prose("attention", "tiny-missing"), bagOfWords(words), steps);
    }

    private static Paragraph bagOfWords(List<String> words) {
        TinyAttention.BagOfWords bag = TinyAttention.bagOfWords(words);
        List<String> w = bag.words();
        StringBuilder text = new StringBuilder("Computed here: read in reverse order, “" + String.join(" ", w.reversed())
                + "” gives every word the same output row as “" + String.join(" ", w) + "” ("
                + difference(bag.reversedDifference()) + ").");
        if (!bag.repeats().isEmpty()) {
            List<String> pairs = bag.repeats().stream().map(pair -> "words " + (pair[0] + 1) + " and " + (pair[1] + 1)
                    + ", “" + w.get(pair[0]) + "” and “" + w.get(pair[1]) + "”").toList();
            text.append(" The same word twice — ").append(String.join("; ", pairs))
                    .append(" — gets equal rows (").append(difference(bag.repeatDifference())).append(").");
        }
        Paragraph p = new Paragraph(text.toString());
        p.setId("tiny-bag");
        return p;
    }

    private static String difference(double d) {
        return d == 0 ? "no difference at all" : d < 1e-12 ? "largest difference " + Summaries.number(d)
                + ", floating-point rounding" : "largest difference " + Summaries.number(d);
    }
}
