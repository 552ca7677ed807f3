package dev.glassbox.ui.seq2seq;

import static dev.glassbox.ui.seq2seq.TranslateSentences.say;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import dev.glassbox.model.seq2seq.DateFormat;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Plot;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

/** How the translator was trained: the data, the command, the curve, and the held-out accuracy of every format. Folded. */
final class TranslateTrainingSection extends Fold {

    static final String CURVE = "/seq2seq/training-curve.csv";

    TranslateTrainingSection(BiConsumer<String, Boolean> toggled) {
        super(TranslateState.FOLD_TRAINING, say("training-fold"));
        setId("translate-training");
        onToggle(open -> toggled.accept(TranslateState.FOLD_TRAINING, open));
    }

    void show(TranslateState state, Seq2SeqTransformer model) {
        show(state.folds().isOpen(TranslateState.FOLD_TRAINING), () -> content(model));
    }

    private static Div content(Seq2SeqTransformer model) {
        Properties report = model.report();
        Pre command = new Pre("./mvnw -B -Ptrain-seq2seq process-test-classes");
        command.addClassName("gb-formula");
        Div out = new Div(new Prose(TranslateSentences.CONCEPT, "training"), command);
        List<double[]> curve = curve();
        if (!curve.isEmpty()) {
            double[][] held = curve.stream().map(p -> new double[] {p[0], p[3]}).toArray(double[][]::new);
            int last = (int) curve.getLast()[0];
            List<List<Object>> rows = new ArrayList<>();
            for (double[] p : curve) {
                rows.add(List.of(p[0], p[1], p[2], p[3]));
            }
            Plot plot = new Plot(say("curve-summary", "first", Summaries.number(held[0][1]), "firstUpdate", (int) held[0][0],
                    "last", Summaries.number(held[held.length - 1][1]), "lastUpdate", last))
                    .x(say("axis-update"), 0, last).y(say("axis-exact-match"), 0, 1).height(240)
                    .line(held, say("curve-legend"), null)
                    .table(List.of(say("axis-update"), say("col-training-loss"), say("col-held-out-loss"),
                            say("col-held-out-exact")), rows).draw();
            plot.setId("translate-curve");
            out.add(plot);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DateFormat f : DateFormat.values()) {
            rows.add(List.of(f.example(), Double.parseDouble(report.getProperty("heldOutExactMatch." + f.name(), "NaN"))));
        }
        rows.add(List.of(say("all-formats"), Double.parseDouble(report.getProperty("heldOutExactMatch", "NaN"))));
        Figure accuracy = Figure.of(new Value.Table(List.of(say("col-format"), say("col-held-out-exact")), rows),
                say("accuracy-summary", "dates", report.getProperty("heldOutDates", "")));
        accuracy.setId("translate-accuracy");
        List<List<Object>> settings = new ArrayList<>();
        for (String key : List.of("model", "encoderLayers", "decoderLayers", "heads", "d", "ff", "vocabulary",
                "parameters", "updates", "batch", "learningRate", "trainingDates", "heldOutDates", "trainingSeconds")) {
            settings.add(List.of(key, report.getProperty(key, "")));
        }
        Figure table = Figure.of(new Value.Table(List.of(say("col-setting"), say("col-value")), settings),
                say("report-summary"));
        table.setId("translate-report");
        out.add(accuracy, table);
        return out;
    }

    /** The curve's rows: update, training loss, held-out loss, held-out exact match. */
    static List<double[]> curve() {
        try (InputStream in = TranslateTrainingSection.class.getResourceAsStream(CURVE)) {
            List<double[]> points = new ArrayList<>();
            if (in == null) {
                return points;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] c = line.split(",");
                    points.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]),
                            Double.parseDouble(c[2]), Double.parseDouble(c[3])});
                }
            }
            return points;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
