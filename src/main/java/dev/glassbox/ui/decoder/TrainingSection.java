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
            Map.entry("model", "model"), Map.entry("layers", "blocks (layers)"), Map.entry("heads", "attention heads per block"),
            Map.entry("d", "width d of the residual stream"), Map.entry("ff", "feed-forward width"),
            Map.entry("context", "context: most characters read at once"), Map.entry("vocabulary", "characters in the vocabulary"),
            Map.entry("parameters", "parameters (learned numbers)"), Map.entry("batch", "rows per update"),
            Map.entry("updates", "updates (Adam steps)"), Map.entry("learningRate", "learning rate"),
            Map.entry("dropout", "dropout"), Map.entry("trainCharacters", "training characters (chapters 1–80)"),
            Map.entry("heldOutCharacters", "held-out characters (chapters 126–135)"),
            Map.entry("heldOutPerplexity.decoder", "held-out perplexity per character"),
            Map.entry("trainingSeconds", "training time in seconds"));
    private static final List<String> ORDER = List.of("model", "layers", "heads", "d", "ff", "context", "vocabulary",
            "parameters", "batch", "updates", "learningRate", "dropout", "trainCharacters", "heldOutCharacters",
            "heldOutPerplexity.decoder", "trainingSeconds");

    TrainingSection(BiConsumer<String, Boolean> toggled) {
        super(DecoderState.FOLD_TRAINING, "How this model was trained");
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
            Plot plot = new Plot("The training curve in bits per character over " + last + " updates: training loss "
                    + "from " + fixed(train[0][1]) + " to " + fixed(train[train.length - 1][1]) + ", held-out loss from "
                    + fixed(held[0][1]) + " to " + fixed(held[held.length - 1][1]) + ".")
                    .x("update", 0, last).y("bits per character", 0, Math.ceil(top)).height(260)
                    .line(train, "training (mean over the " + curve.every() + " updates before each point)", null)
                    .line(held, "held-out (the same fixed part of chapters 126–135 each time)", "reference")
                    .table(List.of("update", "training, bits per character", "held-out, bits per character"), rows).draw();
            plot.setId("training-curve");
            out.add(plot, new Paragraph("The file stores nats per character (natural logarithm); the chart divides by "
                    + "ln 2 to give bits, the unit of the comparison table."));
        }
        Figure settings = Figure.of(settings(model.report()), "Every setting and result the training report records.");
        settings.setId("training-report");
        out.add(settings);
        return out;
    }

    /** The report as a table: known keys first, in a reading order, with their meaning; then any others. */
    static Value.Table settings(Properties report) {
        List<List<Object>> rows = new ArrayList<>();
        for (String key : ORDER) {
            if (report.getProperty(key) != null) {
                rows.add(List.of(NAMES.get(key), report.getProperty(key)));
            }
        }
        for (String key : new TreeSet<>(report.stringPropertyNames())) {
            if (!NAMES.containsKey(key)) {
                rows.add(List.of(key, report.getProperty(key)));
            }
        }
        return new Value.Table(List.of("setting", "value"), rows);
    }

    private static String fixed(double x) {
        return NetworkComparison.fixed(x);
    }
}
