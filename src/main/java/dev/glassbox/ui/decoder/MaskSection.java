package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.Question;
import dev.glassbox.ui.base.Summaries;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The causal mask both ways, for the chosen block and head: the scaled scores with −∞ above the diagonal before the
 * softmax, and the weights after it, exactly 0 there; then bidirectional against causal attention, with a link to
 * the encoder's attention on the same text.
 */
final class MaskSection extends Div {

    private final BiConsumer<Prediction, String> answered;

    /** @param answered told of an answer to the section's question */
    MaskSection(BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        setId("mask");
    }

    void show(DecoderState state, DecoderReading reading) {
        removeAll();
        int l = state.layer();
        int h = state.head();
        MultiHeadAttention.Result r = reading.run().blocks().get(l).attention();
        List<String> tokens = reading.positionLabels();
        Paragraph predict = Prose.paragraph("decoder", "mask-predict");
        predict.addClassName("gb-hint");
        Figure before = Figure.of(DecoderTrace.masked(r, h, tokens),
                Texts.decoder("mask-before-summary", "l", l, "h", h)).axes(query(), key()).digits(3);
        before.setId("causal-masked");
        float[][] w = r.weights()[h];
        Figure after = Figure.of(MultiHeadAttention.matrix(w, tokens, tokens),
                Texts.decoder("mask-after-summary", "l", l, "h", h)).range(0, 1).axes(query(), key()).digits(3);
        after.setId("causal-weights");
        Paragraph checked = new Paragraph(check(w));
        checked.setId("mask-check");
        Div figures = new Div(new H3(Texts.decoder("mask-before-heading")), scroll(before),
                new H3(Texts.decoder("mask-after-heading")), scroll(after), checked, new Prose("decoder", "mask"));
        figures.setId("mask-figures");
        Question question = new Question(DecoderQuestions.mask(reading, l, h), state.answers(), answered, figures);
        add(Contents.heading("mask-title", Texts.decoder("mask-title")), predict, question, figures,
                new Prose("decoder", "bidirectional",
                        Map.of("context", reading.model().context())), link(state));
    }

    /** What the weights show, computed: how many entries above the diagonal are exactly 0, and the rows' sums. */
    static String check(float[][] w) {
        int n = w.length;
        long above = (long) n * (n - 1) / 2;
        long zeros = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += w[i][j];
                if (j > i && w[i][j] == 0f) {
                    zeros++;
                }
            }
            worst = Math.max(worst, Math.abs(sum - 1));
        }
        String largest = Summaries.number(worst, 7);
        return above == 0 ? Texts.decoder("mask-check-one", "worst", largest)
                : Texts.decoder("mask-check", "zeros", zeros, "above", above, "worst", largest);
    }

    /** The axis names of an attention matrix: the position that looks, the position looked at. */
    static String query() {
        return Texts.decoder("axis-query");
    }

    static String key() {
        return Texts.decoder("axis-key");
    }

    private static Div scroll(Figure figure) {
        Div box = new Div(figure);
        box.addClassName("gb-scroll");
        return box;
    }

    private static Paragraph link(DecoderState state) {
        Anchor attention = new Anchor(Query.href("attention", Query.of(Query.SENTENCE, state.sentence())),
                Texts.decoder("mask-compare-link"));
        attention.setId("attention-link");
        // The sentence is one template; the link goes where its {{link}} stands.
        String[] around = Texts.decoder("mask-compare", "link", "\u0000").split("\u0000", 2);
        return new Paragraph(new Text(around[0]), attention, new Text(around.length > 1 ? around[1] : ""));
    }
}
