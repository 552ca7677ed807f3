package dev.glassbox.ui.stats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.LayerNorm;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.stats.LayerNormZScores;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.ViewCompute;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** The embedding LayerNorm of one token of the sentence, as a z-score table (waits for the encoder if it is loading). */
class LayerNormSection extends Div {

    /**
     * One entry of the token menu. It carries its own label, so a menu filled for one sentence can never ask another
     * sentence's token list for an index it does not have.
     */
    record Choice(int index, String token) {
    }

    private final MiniLmLoader loader;
    private final Select<Choice> token = new Select<>();
    private final Notice notice = new Notice("layernorm-notice");
    private final Paragraph summary = new Paragraph();
    private final Fold steps = new Fold(ZScoresState.LAYER_NORM_STEPS, Say.zscores("layernorm-fold", "d", 384));
    private String sentence;
    private int chosen;
    private boolean open;

    LayerNormSection(MiniLmLoader loader, IntConsumer go) {
        this.loader = loader;
        setId("layernorm");
        token.setId("layernorm-token");
        token.setLabel(Say.zscores("token-label"));
        token.setItemLabelGenerator(c -> c.index() + ": " + c.token());
        summary.setId("layernorm-summary");
        summary.addClassName("gb-result");
        FromClient.onChange(token, c -> {
            if (c != null) {
                go.accept(c.index());
            }
        });
        add(new Prose("zscores", "layernorm", Map.of("d", 384, "name", MiniLmEncoder.NAME,
                "epsilon", Summaries.number(LayerNorm.EPSILON))), token, notice, summary, steps);
    }

    Fold steps() {
        return steps;
    }

    void show(String text, int index, boolean stepsOpen) {
        sentence = text;
        chosen = index;
        open = stepsOpen;
        render();
    }

    private void render() {
        notice.clear();
        summary.setText("");
        steps.setVisible(false);
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            token.setItems(List.of());
            WhenLoaded.poll(this, loader, summary::setText, this::render);
            return;
        }
        try {
            EncoderInput input = EncoderInput.of(sentence);
            List<String> tokens = input.tokens();
            List<Choice> choices = IntStream.range(0, tokens.size()).mapToObj(i -> new Choice(i, tokens.get(i))).toList();
            token.setItems(choices);
            int t = chosen;
            if (t >= tokens.size()) {
                notice.show(Say.zscores("layernorm-token-problem", "max", tokens.size() - 1));
                t = Math.min(1, tokens.size() - 1);
            }
            token.setValue(choices.get(t));
            EncoderRun run = ViewCompute.run(() -> loader.run(encoder, input));
            LayerNormZScores.Result r = LayerNormZScores.of(run, encoder.embeddingNorm(), t, PageLanguage.current());
            summary.setText(Say.zscores("layernorm-summary", "token", r.token(), "n", r.table().n(),
                    "mean", Summaries.number(r.table().mean()), "sd", Summaries.number(r.table().sd()),
                    "difference", Summaries.number(r.maxDifference())));
            steps.setVisible(true);
            steps.show(open, () -> {
                TraceView trace = new TraceView("layernorm-step-");
                trace.show(r.trace());
                return trace;
            });
        } catch (InvalidInputException e) {
            token.setItems(List.of());
            notice.show(e.getMessage());
        }
    }
}
