package dev.glassbox.training;

import dev.glassbox.model.decoder.DecoderWeights;
import dev.glassbox.model.lstm.CharVocabulary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * Trains the decoder lesson's character transformer on the LSTM's training text (Moby-Dick chapters 1–80) with
 * the LSTM's vocabulary, and writes the weights the app loads, the training curve and a report. Run from the
 * project directory: {@code ./mvnw -B -Ptrain-decoder process-test-classes} (fixed seed; two threads, but the
 * weights do not depend on the number of cores; resumes from {@code target/decoder-training/checkpoint.bin}).
 */
public final class TrainDecoder {

    public static final Path WEIGHTS = Path.of("src/main/resources/decoder/moby-dick-char-decoder.bin");
    public static final Path REPORT = Path.of("src/main/resources/decoder/training-report.properties");
    public static final Path CURVE = Path.of("src/main/resources/decoder/training-curve.csv");
    static final Checkpoint CHECKPOINT = new Checkpoint(Path.of("target/decoder-training/checkpoint.bin"),
            Path.of("target/decoder-training/curve.csv"));

    static final String NAME = "glassbox-moby-dick-char-decoder-4x128";
    static final int D = 128;
    static final int HEADS = 4;
    static final int FF = 512;
    static final int LAYERS = 4;
    static final int CONTEXT = 256;
    static final int BATCH = 16;             // sequences of CONTEXT + 1 characters per update
    static final int UPDATES = 3000;
    static final int WARM_UP = 100;
    static final double LEARNING_RATE = 2e-3;
    static final double FINAL_RATE = 1e-4;
    static final WarmUpCosine SCHEDULE = new WarmUpCosine(LEARNING_RATE, FINAL_RATE, WARM_UP);
    static final double DROPOUT = 0;       // about seventeen passes over the text: too few to overfit (see the curve)
    static final double CLIP = 1.0;
    static final int EVERY = 50;             // updates between points of the training curve
    static final int CURVE_WINDOWS = 16;     // held-out windows of the curve's held-out loss (fixed, first ones)
    static final int THREADS = 2;
    static final long SEED = 20_251_130L;

    private TrainDecoder() {
    }

    public static void main(String[] args) throws IOException {
        String train = Files.readString(TrainCharLstm.TRAIN, StandardCharsets.UTF_8).strip();
        String heldOut = Files.readString(TrainCharLstm.HELD_OUT, StandardCharsets.UTF_8).strip();
        CharVocabulary vocabulary = TrainCharLstm.vocabulary(train); // the LSTM's characters, in the LSTM's order
        int[] trainIds = vocabulary.encode(train);
        int[] heldOutIds = vocabulary.encode(heldOut);
        DecoderWeights.Shape shape = new DecoderWeights.Shape(vocabulary.size(), D, HEADS, FF, LAYERS, CONTEXT);
        DecoderBackprop model = new DecoderBackprop(shape, Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
        model.initialise(SEED);
        Adam adam = new Adam(model.parameters, 0.9, 0.99, 1e-8);
        int updates = Integer.getInteger("decoder.updates", UPDATES);
        if (Boolean.getBoolean("decoder.measure")) { // throughput only: nothing is written
            int[][] b = new int[BATCH][];
            for (int round = 0; round < 4; round++) {
                for (int s = 0; s < BATCH; s++) {
                    b[s] = java.util.Arrays.copyOfRange(trainIds, s * 9973, s * 9973 + CONTEXT + 1);
                }
                long t0 = System.nanoTime();
                model.parameters.zeroGrad();
                model.dropout(DROPOUT, round);
                model.forwardBackward(b);
                adam.step(1e-4);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "update: %.2f s, %.0f characters/s%n", seconds,
                        BATCH * CONTEXT / seconds);
            }
            return;
        }
        System.out.printf(Locale.ROOT, "decoder %s, %d parameters; train %d, held-out %d characters; %d updates%n",
                shape, model.parameters.count(), trainIds.length, heldOutIds.length, updates);
        List<String> curve = new ArrayList<>();
        if (CHECKPOINT.load(model.parameters, adam, curve)) {
            System.out.println("resumed from " + CHECKPOINT.file() + " at update " + adam.steps());
        } else {
            curve.add("update,train_nats_per_char,heldout_nats_per_char");
        }
        int[][] curveWindows = windows(heldOutIds, CURVE_WINDOWS);
        if (Boolean.getBoolean("decoder.snapshot")) { // the checkpoint's weights, to look at while training runs
            updates = (int) adam.steps();
        }
        long started = System.nanoTime();
        double sum = 0;
        int count = 0;
        int[][] batch = new int[BATCH][CONTEXT + 1];
        for (long u = adam.steps(); u < updates; u++) {
            SplittableRandom random = new SplittableRandom(SEED + 7919 * u); // depends only on the update number
            for (int s = 0; s < BATCH; s++) {
                int start = random.nextInt(trainIds.length - CONTEXT - 1);
                System.arraycopy(trainIds, start, batch[s], 0, CONTEXT + 1);
            }
            model.parameters.zeroGrad();
            model.dropout(DROPOUT, SEED + u);
            double loss = model.forwardBackward(batch);
            model.parameters.clipGradNorm(CLIP);
            adam.step(SCHEDULE.at(u, updates));
            sum += loss;
            count++;
            if ((u + 1) % EVERY == 0) {
                model.dropout(0, 0);
                double held = model.lossSum(curveWindows, 0) / (curveWindows.length * CONTEXT);
                curve.add(String.format(Locale.ROOT, "%d,%.4f,%.4f", u + 1, sum / count, held));
                System.out.printf(Locale.ROOT, "update %d/%d  train %.4f  held-out sample %.4f nats/char  %.0f s%n",
                        u + 1, updates, sum / count, held, (System.nanoTime() - started) / 1e9);
                sum = 0;
                count = 0;
                CHECKPOINT.save(model.parameters, adam, curve);
            }
        }
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        DecoderWeights weights = model.toWeights(NAME, vocabulary);
        Files.createDirectories(WEIGHTS.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(WEIGHTS))) {
            weights.write(out);
        }
        Files.write(CURVE, curve);
        // Evaluate the weights as written (32-bit floats), exactly as the app will use them.
        DecoderBackprop written = new DecoderBackprop(shape, THREADS);
        try (var in = Files.newInputStream(WEIGHTS)) {
            written.load(DecoderWeights.read(in));
        }
        double nats = heldOutNats(written, heldOutIds);
        System.out.printf(Locale.ROOT, "held-out: %.4f nats/char = %.4f bits/char (perplexity %.4f)%n", nats,
                nats / Math.log(2), Math.exp(nats));
        Properties report = new Properties();
        report.setProperty("model", NAME);
        report.setProperty("layers", Integer.toString(LAYERS));
        report.setProperty("heads", Integer.toString(HEADS));
        report.setProperty("d", Integer.toString(D));
        report.setProperty("ff", Integer.toString(FF));
        report.setProperty("context", Integer.toString(CONTEXT));
        report.setProperty("vocabulary", Integer.toString(vocabulary.size()));
        report.setProperty("parameters", Long.toString(model.parameters.count()));
        report.setProperty("updates", Integer.toString(updates));
        report.setProperty("batch", Integer.toString(BATCH));
        report.setProperty("dropout", Double.toString(DROPOUT));
        report.setProperty("learningRate", Double.toString(LEARNING_RATE));
        report.setProperty("trainCharacters", Integer.toString(trainIds.length));
        report.setProperty("heldOutCharacters", Integer.toString(heldOutIds.length));
        report.setProperty("heldOutPerplexity.decoder", String.format(Locale.ROOT, "%.4f", Math.exp(nats)));
        report.setProperty("trainingSeconds", String.format(Locale.ROOT, "%.1f", trainingSeconds));
        try (OutputStream out = Files.newOutputStream(REPORT)) {
            report.store(out, "Written by dev.glassbox.training.TrainDecoder (./mvnw -B -Ptrain-decoder process-test-classes)");
        }
    }

    /**
     * Mean nats per character over the whole held-out text, read in windows of N characters that overlap by half:
     * the first window scores every position, each later one only its second half, so every character after the
     * first N is predicted from at least N/2 characters before it.
     */
    public static double heldOutNats(DecoderBackprop model, int[] ids) {
        int stride = CONTEXT / 2;
        double nats = model.lossSum(new int[][] {java.util.Arrays.copyOfRange(ids, 0, CONTEXT + 1)}, 0);
        long n = CONTEXT;
        List<int[]> pending = new ArrayList<>();
        for (int start = stride; start + CONTEXT / 2 < ids.length - 1; start += stride) {
            int end = Math.min(ids.length, start + CONTEXT + 1);
            pending.add(java.util.Arrays.copyOfRange(ids, start, end));
            n += end - start - 1 - stride;
            if (pending.size() == 16 || start + stride + CONTEXT / 2 >= ids.length - 1) {
                nats += model.lossSum(pending.toArray(int[][]::new), stride);
                pending.clear();
            }
        }
        return nats / n;
    }

    private static int[][] windows(int[] ids, int count) {
        int[][] w = new int[count][];
        for (int k = 0; k < count; k++) {
            w[k] = java.util.Arrays.copyOfRange(ids, k * CONTEXT, k * CONTEXT + CONTEXT + 1);
        }
        return w;
    }
}
