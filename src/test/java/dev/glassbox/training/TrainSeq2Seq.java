package dev.glassbox.training;

import dev.glassbox.model.seq2seq.DateCorpus;
import dev.glassbox.model.seq2seq.DateFormat;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import dev.glassbox.model.seq2seq.Seq2SeqWeights;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Trains the translation lesson's encoder–decoder to rewrite dates as ISO 8601, and writes the weights the app
 * loads, the training curve and a report with the held-out accuracy per format. Run from the project directory:
 * {@code ./mvnw -B -Ptrain-seq2seq process-test-classes} (fixed seed; two threads, but the weights do not depend on
 * the number of cores; resumes from {@code target/seq2seq-training/checkpoint.bin}).
 */
public final class TrainSeq2Seq {

    public static final Path WEIGHTS = Path.of("src/main/resources/seq2seq/date-transformer.bin");
    public static final Path REPORT = Path.of("src/main/resources/seq2seq/training-report.properties");
    public static final Path CURVE = Path.of("src/main/resources/seq2seq/training-curve.csv");
    static final Checkpoint CHECKPOINT = new Checkpoint(Path.of("target/seq2seq-training/checkpoint.bin"),
            Path.of("target/seq2seq-training/curve.csv"));

    static final String NAME = "glassbox-date-transformer-2+2x64";
    static final int D = 64;
    static final int HEADS = 4;
    static final int FF = 256;
    static final int ENCODER_LAYERS = 2;
    static final int DECODER_LAYERS = 2;
    static final int BATCH = 64;
    static final int UPDATES = 5000;
    static final int WARM_UP = 200;
    static final double LEARNING_RATE = 1.5e-3;
    static final double FINAL_RATE = 3e-5;
    static final WarmUpCosine SCHEDULE = new WarmUpCosine(LEARNING_RATE, FINAL_RATE, WARM_UP);
    static final double CLIP = 1.0;
    static final int EVERY = 100;            // updates between points of the training curve
    static final int CURVE_EXAMPLES = 520;   // held-out examples of the curve (fixed: the first 40 dates, 13 formats)
    static final int THREADS = 2;
    static final long SEED = 20_251_201L;

    private TrainSeq2Seq() {
    }

    public static void main(String[] args) throws IOException {
        DateCorpus corpus = new DateCorpus();
        Seq2SeqWeights.Shape shape = new Seq2SeqWeights.Shape(Seq2SeqVocabulary.size(), D, HEADS, FF,
                ENCODER_LAYERS, DECODER_LAYERS);
        Seq2SeqBackprop model = new Seq2SeqBackprop(shape, Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
        model.initialise(SEED);
        Adam adam = new Adam(model.parameters, 0.9, 0.98, 1e-9);
        int updates = Integer.getInteger("seq2seq.updates", UPDATES);
        System.out.printf(Locale.ROOT, "transformer %s, %d parameters; %d training dates, %d held-out; %d updates%n",
                shape, model.parameters.count(), corpus.training().size(), corpus.heldOut().size(), updates);
        List<String> curve = new ArrayList<>();
        if (CHECKPOINT.load(model.parameters, adam, curve)) {
            System.out.println("resumed from " + CHECKPOINT.file() + " at update " + adam.steps());
        } else {
            curve.add("update,train_nats_per_token,heldout_nats_per_token,heldout_exact_match");
        }
        List<DateCorpus.Example> curveExamples = heldOutExamples(corpus).subList(0, CURVE_EXAMPLES);
        if (Boolean.getBoolean("seq2seq.snapshot")) { // the checkpoint's weights, to look at while training runs
            updates = (int) adam.steps();
        }
        long started = System.nanoTime();
        double sum = 0;
        int count = 0;
        for (long u = adam.steps(); u < updates; u++) {
            SplittableRandom random = new SplittableRandom(SEED + 7919 * u); // depends only on the update number
            List<DateCorpus.Example> batch = new ArrayList<>();
            for (int b = 0; b < BATCH; b++) {
                batch.add(corpus.draw(random));
            }
            model.parameters.zeroGrad();
            double loss = model.forwardBackward(sources(batch), targets(batch));
            model.parameters.clipGradNorm(CLIP);
            adam.step(SCHEDULE.at(u, updates));
            sum += loss;
            count++;
            if ((u + 1) % EVERY == 0) {
                Evaluation e = evaluate(model, curveExamples);
                curve.add(String.format(Locale.ROOT, "%d,%.5f,%.5f,%.4f", u + 1, sum / count, e.nats(), e.accuracy()));
                System.out.printf(Locale.ROOT, "update %d/%d  train %.5f  held-out %.5f nats/token, exact %.4f  %.0f s%n",
                        u + 1, updates, sum / count, e.nats(), e.accuracy(), (System.nanoTime() - started) / 1e9);
                sum = 0;
                count = 0;
                CHECKPOINT.save(model.parameters, adam, curve);
            }
        }
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        Seq2SeqWeights weights = model.toWeights(NAME);
        Files.createDirectories(WEIGHTS.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(WEIGHTS))) {
            weights.write(out);
        }
        Files.write(CURVE, curve);
        // Evaluate the weights as written (32-bit floats), exactly as the app will use them.
        Seq2SeqBackprop written = new Seq2SeqBackprop(shape, THREADS);
        try (var in = Files.newInputStream(WEIGHTS)) {
            written.load(Seq2SeqWeights.read(in));
        }
        Properties report = new Properties();
        report.setProperty("model", NAME);
        report.setProperty("encoderLayers", Integer.toString(ENCODER_LAYERS));
        report.setProperty("decoderLayers", Integer.toString(DECODER_LAYERS));
        report.setProperty("heads", Integer.toString(HEADS));
        report.setProperty("d", Integer.toString(D));
        report.setProperty("ff", Integer.toString(FF));
        report.setProperty("vocabulary", Integer.toString(shape.v()));
        report.setProperty("parameters", Long.toString(model.parameters.count()));
        report.setProperty("updates", Integer.toString(updates));
        report.setProperty("batch", Integer.toString(BATCH));
        report.setProperty("learningRate", Double.toString(LEARNING_RATE));
        report.setProperty("trainingDates", Integer.toString(corpus.training().size()));
        report.setProperty("heldOutDates", Integer.toString(corpus.heldOut().size()));
        report.setProperty("trainingSeconds", String.format(Locale.ROOT, "%.1f", trainingSeconds));
        Map<DateFormat, List<DateCorpus.Example>> byFormat = new EnumMap<>(DateFormat.class);
        for (DateCorpus.Example e : heldOutExamples(corpus)) {
            byFormat.computeIfAbsent(e.format(), f -> new ArrayList<>()).add(e);
        }
        long right = 0;
        long all = 0;
        for (var entry : byFormat.entrySet()) {
            Evaluation e = evaluate(written, entry.getValue());
            right += Math.round(e.accuracy() * entry.getValue().size());
            all += entry.getValue().size();
            report.setProperty("heldOutExactMatch." + entry.getKey().name(), String.format(Locale.ROOT, "%.4f", e.accuracy()));
            System.out.printf(Locale.ROOT, "%-24s %.4f%n", entry.getKey(), e.accuracy());
        }
        report.setProperty("heldOutExactMatch", String.format(Locale.ROOT, "%.4f", right / (double) all));
        report.setProperty("heldOutExamples", Long.toString(all));
        System.out.printf(Locale.ROOT, "held-out exact match: %.4f of %d%n", right / (double) all, all);
        try (OutputStream out = Files.newOutputStream(REPORT)) {
            report.store(out, "Written by dev.glassbox.training.TrainSeq2Seq (./mvnw -B -Ptrain-seq2seq process-test-classes)");
        }
    }

    /**
     * Every held-out date in every format; formats with names take the casings in turn (date k, format f: casing
     * (k + f) mod 3), so each casing is measured on a third of the dates.
     */
    public static List<DateCorpus.Example> heldOutExamples(DateCorpus corpus) {
        List<DateCorpus.Example> examples = new ArrayList<>();
        List<LocalDate> dates = corpus.heldOut();
        DateFormat.Casing[] casings = DateFormat.Casing.values();
        for (int k = 0; k < dates.size(); k++) {
            for (DateFormat f : DateFormat.values()) {
                DateFormat.Casing casing = f.hasNames() ? casings[(k + f.ordinal()) % casings.length] : DateFormat.Casing.AS_WRITTEN;
                examples.add(DateCorpus.example(dates.get(k), f, casing));
            }
        }
        return examples;
    }

    record Evaluation(double nats, double accuracy) {
    }

    /**
     * Teacher-forced loss, and exact-match accuracy: greedy decoding writes the target exactly if and only if at
     * every position the most likely token, given the correct tokens before it, is the correct one — so one pass
     * per example measures what greedy decoding would write.
     */
    static Evaluation evaluate(Seq2SeqBackprop model, List<DateCorpus.Example> examples) {
        double nats = 0;
        long tokens = 0;
        long right = 0;
        for (int from = 0; from < examples.size(); from += 256) {
            List<DateCorpus.Example> chunk = examples.subList(from, Math.min(examples.size(), from + 256));
            int[][] src = sources(chunk);
            int[][] tgt = targets(chunk);
            float[][] logits = model.logits(src, tgt);
            for (int e = 0; e < chunk.size(); e++) {
                boolean exact = true;
                int v = model.shape.v();
                for (int i = 0; i < tgt[e].length - 1; i++) {
                    int best = 0;
                    double max = Double.NEGATIVE_INFINITY;
                    double z = 0;
                    for (int c = 0; c < v; c++) {
                        max = Math.max(max, logits[e][i * v + c]);
                    }
                    for (int c = 0; c < v; c++) {
                        z += Math.exp(logits[e][i * v + c] - max);
                        if (logits[e][i * v + c] > logits[e][i * v + best]) {
                            best = c;
                        }
                    }
                    nats -= logits[e][i * v + tgt[e][i + 1]] - max - Math.log(z);
                    tokens++;
                    exact &= best == tgt[e][i + 1];
                }
                right += exact ? 1 : 0;
            }
        }
        return new Evaluation(nats / tokens, right / (double) examples.size());
    }

    static int[][] sources(List<DateCorpus.Example> batch) {
        return batch.stream().map(e -> Seq2SeqVocabulary.encode(e.source())).toArray(int[][]::new);
    }

    /** &lt;s&gt;, the ISO date's characters, &lt;/s&gt;. */
    static int[][] targets(List<DateCorpus.Example> batch) {
        return batch.stream().map(e -> {
            int[] chars = Seq2SeqVocabulary.encode(e.target());
            int[] t = new int[chars.length + 2];
            t[0] = Seq2SeqVocabulary.START;
            System.arraycopy(chars, 0, t, 1, chars.length);
            t[t.length - 1] = Seq2SeqVocabulary.END;
            return t;
        }).toArray(int[][]::new);
    }
}
