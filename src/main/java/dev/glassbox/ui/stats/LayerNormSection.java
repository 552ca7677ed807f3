package dev.glassbox.ui.stats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.stats.LayerNormZScores;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** The embedding LayerNorm of one token of the sentence, as a z-score table (waits for the encoder if it is loading). */
class LayerNormSection extends Div {

    private final MiniLmLoader loader;
    private final Select<Integer> token = new Select<>();
    private final Notice notice = new Notice("layernorm-notice");
    private final Paragraph summary = new Paragraph();
    private final TraceView trace = new TraceView("layernorm-step-");
    private String sentence;
    private int chosen;

    LayerNormSection(MiniLmLoader loader, IntConsumer go) {
        this.loader = loader;
        setId("layernorm");
        token.setId("layernorm-token");
        token.setLabel("Token");
        summary.setId("layernorm-summary");
        trace.setId("layernorm-trace");
        token.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go.accept(e.getValue());
            }
        });
        add(token, notice, summary, trace);
    }

    void show(String text, int index) {
        sentence = text;
        chosen = index;
        render();
    }

    private void render() {
        notice.clear();
        summary.setText("");
        trace.removeAll();
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            WhenLoaded.poll(this, loader, summary::setText, this::render);
            return;
        }
        try {
            EncoderInput input = EncoderInput.of(sentence);
            List<String> tokens = input.tokens();
            token.setItems(IntStream.range(0, tokens.size()).boxed().toList());
            token.setItemLabelGenerator(i -> i + ": " + tokens.get(i));
            int t = chosen;
            if (t >= tokens.size()) {
                notice.show("The link's token must be a number from 0 to " + (tokens.size() - 1)
                        + " for this sentence; showing token 1 instead.");
                t = Math.min(1, tokens.size() - 1);
            }
            token.setValue(t);
            EncoderRun run = loader.run(encoder, input);
            LayerNormZScores.Result r = LayerNormZScores.of(run, encoder.embeddingNorm(), t);
            summary.setText("“" + r.token() + "”: its " + r.table().n() + " numbers have mean μ = "
                    + Summaries.number(r.table().mean()) + " and standard deviation σ = "
                    + Summaries.number(r.table().sd()) + "; standardised, they have mean 0 and standard deviation 1. "
                    + "Scaled and shifted by γ and β, they equal the encoder's own LayerNorm output to within "
                    + String.format(java.util.Locale.ROOT, "%.1e", r.maxDifference()) + ".");
            trace.show(r.trace());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }
}
