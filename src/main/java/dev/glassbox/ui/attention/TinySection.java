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
import dev.glassbox.ui.base.PageLanguage;
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
        Trace trace = TinyAttention.trace(words, PageLanguage.current());
        byte[] csv = TinyAttention.csv(trace).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "glassbox-tiny-attention.csv", "text/csv", csv.length)),
                AttentionText.plain("tiny-download"));
        download.setId("tiny-csv");
        TraceView steps = new TraceView();
        steps.setId("tiny-steps");
        steps.show(trace, s -> Figure.of(s.value()).digits(4));
        int n = Math.min(words.size(), TinyAttention.MAX_WORDS);
        add(new H2(AttentionText.plain("tiny-title")),
                new Paragraph(AttentionText.plain(n == 1 ? "tiny-words-one" : "tiny-words-other", "n", n,
                        "seed", TinyAttention.SEED)),
                new Prose("attention", "tiny"), download, new Prose("attention", "tiny-missing"), bagOfWords(words), steps);
    }

    private static Paragraph bagOfWords(List<String> words) {
        TinyAttention.BagOfWords bag = TinyAttention.bagOfWords(words);
        List<String> w = bag.words();
        StringBuilder text = new StringBuilder(AttentionText.plain("tiny-reversed", "reversed", String.join(" ", w.reversed()),
                "words", String.join(" ", w), "difference", difference(bag.reversedDifference())));
        if (!bag.repeats().isEmpty()) {
            List<String> pairs = bag.repeats().stream().map(pair -> AttentionText.plain("tiny-repeat-pair",
                    "first", pair[0] + 1, "second", pair[1] + 1, "a", w.get(pair[0]), "b", w.get(pair[1]))).toList();
            text.append(' ').append(AttentionText.plain("tiny-repeats", "pairs", String.join("; ", pairs),
                    "difference", difference(bag.repeatDifference())));
        }
        Paragraph p = new Paragraph(text.toString());
        p.setId("tiny-bag");
        return p;
    }

    private static String difference(double d) {
        return AttentionText.plain(d == 0 ? "difference-none" : d < 1e-12 ? "difference-rounding" : "difference-some",
                "d", Summaries.number(d));
    }
}
