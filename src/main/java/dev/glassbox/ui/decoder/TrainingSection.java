package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Plot;
import dev.glassbox.ui.base.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** How the model was trained: the data, the command, the training curve and every setting of the report. Folded. */
final class TrainingSection extends Fold {

    /** What each key of the training report means, in the order shown; other keys follow under their own names. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("model", "setting-model"), Map.entry("layers", "setting-layers"), Map.entry("heads", "setting-heads"),
            Map.entry("d", "setting-d"), Map.entry("ff", "setting-ff"), Map.entry("context", "setting-context"),
            Map.entry("vocabulary", "setting-vocabulary"), Map.entry("parameters", "setting-parameters"),
            Map.entry("batch", "setting-batch"), Map.entry("updates", "setting-updates"),
            Map.entry("learningRate", "setting-learning-rate"), Map.entry("dropout", "setting-dropout"),
            Map.entry("trainCharacters", "setting-train-characters"),
            Map.entry("heldOutCharacters", "setting-held-out-characters"),
            Map.entry("heldOutPerplexity.decoder", "setting-held-out-perplexity"),
            Map.entry("trainingSeconds", "setting-training-seconds"));
    private static final List<String> ORDER = List.of("model", "layers", "heads", "d", "ff", "context", "vocabulary",
            "parameters", "batch", "updates", "learningRate", "dropout", "trainCharacters", "heldOutCharacters",
            "heldOutPerplexity.decoder", "trainingSeconds");

    TrainingSection(BiConsumer<String, Boolean> toggled) {
        super(DecoderState.FOLD_TRAINING, Texts.decoder("training-fold"));
        setId("training");
        onToggle(open -> toggled.accept(DecoderState.FOLD_TRAINING, open));
    }

    void show(DecoderState state, CharDecoder model) {
        show(state.folds().isOpen(DecoderState.FOLD_TRAINING), () -> content(model));
    }

    private static Div content(CharDecoder model) {
        Pre command = new Pre("./mvnw -B -Ptrain-decoder process-test-classes");
        command.addClassName("gb-formula");
        Div out = new Div(new Prose("decoder", "training"), command);
        TrainingCurve curve = TrainingCurve.load();
        if (!curve.points().isEmpty()) {
            double[][] train = curve.train();
            double[][] held = curve.heldOut();
            double top = 0;
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < train.length; i++) {
                top = Math.max(top, Math.max(train[i][1], held[i][1]));
                rows.add(List.of((double) curve.points().get(i).update(), train[i][1], held[i][1]));
            }
            int last = curve.points().getLast().update();
            Plot plot = new Plot(Texts.decoder("training-plot-summary", "updates", last,
                    "trainFirst", fixed(train[0][1]), "trainLast", fixed(train[train.length - 1][1]),
                    "heldFirst", fixed(held[0][1]), "heldLast", fixed(held[held.length - 1][1])))
                    .x(Texts.decoder("training-x"), 0, last).y(Texts.decoder("training-y"), 0, Math.ceil(top)).height(260)
                    .line(train, Texts.decoder("training-line-train", "every", curve.every()), null)
                    .line(held, Texts.decoder("training-line-held-out"), "reference")
                    .table(List.of(Texts.decoder("training-x"), Texts.decoder("training-column-train"),
                            Texts.decoder("training-column-held-out")), rows).draw();
            plot.setId("training-curve");
            out.add(plot, new Paragraph(Texts.decoder("training-nats")));
        }
        Figure settings = Figure.of(settings(model.report()), Texts.decoder("training-report-summary"));
        settings.setId("training-report");
        out.add(settings);
        return out;
    }

    /** The report as a table: known keys first, in a reading order, with their meaning; then any others. */
    static Value.Table settings(Properties report) {
        List<List<Object>> rows = new ArrayList<>();
        for (String key : ORDER) {
            if (report.getProperty(key) != null) {
                rows.add(List.of(Texts.decoder(NAMES.get(key)), report.getProperty(key)));
            }
        }
        for (String key : new TreeSet<>(report.stringPropertyNames())) {
            if (!NAMES.containsKey(key)) {
                rows.add(List.of(key, report.getProperty(key)));
            }
        }
        return new Value.Table(List.of(Texts.decoder("column-setting"), Texts.decoder("column-value")), rows);
    }

    private static String fixed(double x) {
        return NetworkComparison.fixed(x);
    }
}
