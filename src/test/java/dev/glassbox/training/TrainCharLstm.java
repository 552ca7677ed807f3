package dev.glassbox.training;

import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.model.lstm.LstmWeights;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Trains the lesson's character LSTM on the committed Moby-Dick split and writes the weights the app loads.
 * Run from the project directory: {@code ./mvnw -B -Ptrain process-test-classes} (one core, fixed seed; resumes
 * from {@code target/lstm-training/checkpoint.bin} when that exists).
 */
public final class TrainCharLstm {

    public static final Path TRAIN = Path.of("src/test/resources/training/moby-dick-train.txt");
    public static final Path HELD_OUT = Path.of("src/test/resources/training/moby-dick-heldout.txt");
    public static final Path WEIGHTS = Path.of("src/main/resources/lstm/moby-dick-char-lstm.bin");
    public static final Path REPORT = Path.of("src/main/resources/lstm/training-report.properties");
    static final Path CHECKPOINT = Path.of("target/lstm-training/checkpoint.bin");

    static final String NAME = "glassbox-moby-dick-char-lstm-384";
    static final int HIDDEN = 384;
    static final int MAX_CHARACTERS = 95;   // known characters, plus the unknown one
    static final int MIN_COUNT = 5;         // a character seen fewer times in training is left unknown
    static final int BATCH = 32;            // streams read side by side
    static final int STEPS = 64;            // truncation length of backpropagation through time
    static final double LEARNING_RATE = 2e-3;
    static final double DROPOUT = 0.25;     // on the readout's input, while training only
    static final int UPDATES = 6400;        // about 18 passes over the training text
    static final int FIRST_CYCLE = 3200;    // updates of the first learning-rate cycle (see learningRate)
    static final int RESTART_CYCLE = 1600;  // updates of each later cycle
    static final int THREADS = 2;           // the result is the same with any number (see LstmBptt)
    static final double CLIP = 5.0;
    static final long SEED = 20_240_601L;

    private TrainCharLstm() {
    }

    public static void main(String[] args) throws IOException {
        if (System.getProperty("lstm.measure") != null) {
            measure(Integer.parseInt(System.getProperty("lstm.measure")),
                    Integer.getInteger("lstm.batch", BATCH), Integer.getInteger("lstm.threads", 1));
            return;
        }
        int updates = Integer.getInteger("lstm.updates", UPDATES);
        String train = Files.readString(TRAIN, StandardCharsets.UTF_8).strip();
        String heldOut = Files.readString(HELD_OUT, StandardCharsets.UTF_8).strip();
        CharVocabulary vocabulary = vocabulary(train);
        int[] trainIds = vocabulary.encode(train);
        int[] heldOutIds = vocabulary.encode(heldOut);
        System.out.printf(Locale.ROOT, "vocabulary %d (%s), train %d, held-out %d characters%n", vocabulary.size(),
                vocabulary.known(), trainIds.length, heldOutIds.length);

        LstmBptt model = new LstmBptt(vocabulary.size(), HIDDEN,
                Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
        model.initialise(SEED);
        Adam adam = new Adam(model.parameters);
        LstmBptt.State state = new LstmBptt.State(BATCH, HIDDEN);
        int segment = (trainIds.length - 1) / BATCH; // each stream reads its own contiguous part
        int chunksPerEpoch = segment / STEPS;
        if (Files.exists(CHECKPOINT)) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(CHECKPOINT)))) {
                model.parameters.read(in);
                adam.read(in);
                for (int s = 0; s < BATCH; s++) {
                    for (int j = 0; j < HIDDEN; j++) {
                        state.h[s][j] = in.readDouble();
                        state.c[s][j] = in.readDouble();
                    }
                }
            }
            System.out.println("resumed from " + CHECKPOINT + " at update " + adam.steps());
        }
        long started = System.nanoTime();
        double smooth = Math.log(vocabulary.size());
        int[][] inputs = new int[BATCH][STEPS];
        int[][] targets = new int[BATCH][STEPS];
        for (long u = adam.steps(); u < updates; u++) {
            int chunk = (int) (u % chunksPerEpoch);
            if (chunk == 0) {
                state = new LstmBptt.State(BATCH, HIDDEN); // a new epoch starts every stream from zero
            }
            for (int s = 0; s < BATCH; s++) {
                int start = s * segment + chunk * STEPS;
                for (int t = 0; t < STEPS; t++) {
                    inputs[s][t] = trainIds[start + t];
                    targets[s][t] = trainIds[start + t + 1];
                }
            }
            model.parameters.zeroGrad();
            model.dropout(DROPOUT, SEED + u); // masks depend only on the update number: a resumed run is the same
            double loss = model.forwardBackward(inputs, targets, state);
            model.parameters.clipGradNorm(CLIP);
            adam.step(learningRate(u, updates));
            smooth = 0.98 * smooth + 0.02 * loss;
            if ((u + 1) % 100 == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "update %d/%d  loss %.4f nats/char  %.0f s%n", u + 1, updates, smooth,
                        seconds);
            }
            if ((u + 1) % 50 == 0) {
                checkpoint(model, adam, state);
            }
            if ((u + 1) % 1000 == 0) { // progress only: nothing is chosen by it
                model.dropout(0, 0);
                double sample = perplexity(model, Arrays.copyOf(heldOutIds, 20_000));
                System.out.printf(Locale.ROOT, "update %d: held-out perplexity on the first 20,000 characters %.4f%n",
                        u + 1, sample);
            }
        }
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        checkpoint(model, adam, state);

        LstmWeights weights = model.toWeights(NAME, vocabulary);
        Files.createDirectories(WEIGHTS.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(WEIGHTS))) {
            weights.write(out);
        }
        // Evaluate the weights as written (32-bit floats), exactly as the app will use them.
        LstmBptt written = new LstmBptt(vocabulary.size(), HIDDEN);
        try (var in = Files.newInputStream(WEIGHTS)) {
            written.load(LstmWeights.read(in));
        }
        double lstmPerplexity = perplexity(written, heldOutIds);
        CharNGram trigram = new CharNGram(3, vocabulary.size(), 0.75, trainIds);
        CharNGram fivegram = new CharNGram(5, vocabulary.size(), 0.75, trainIds);
        double trigramPerplexity = trigram.perplexity(heldOutIds);
        double fivegramPerplexity = fivegram.perplexity(heldOutIds);
        System.out.printf(Locale.ROOT, "held-out perplexity per character: LSTM %.4f, 3-gram %.4f, 5-gram %.4f%n",
                lstmPerplexity, trigramPerplexity, fivegramPerplexity);

        Properties report = new Properties();
        report.setProperty("model", NAME);
        report.setProperty("hidden", Integer.toString(HIDDEN));
        report.setProperty("vocabulary", Integer.toString(vocabulary.size()));
        report.setProperty("parameters", Long.toString(model.parameters.count()));
        report.setProperty("updates", Integer.toString(updates));
        report.setProperty("batch", Integer.toString(BATCH));
        report.setProperty("bpttSteps", Integer.toString(STEPS));
        report.setProperty("dropout", Double.toString(DROPOUT));
        report.setProperty("trainCharacters", Integer.toString(trainIds.length));
        report.setProperty("heldOutCharacters", Integer.toString(heldOutIds.length));
        report.setProperty("heldOutPerplexity.lstm", format(lstmPerplexity));
        report.setProperty("heldOutPerplexity.trigram", format(trigramPerplexity));
        report.setProperty("heldOutPerplexity.fivegram", format(fivegramPerplexity));
        report.setProperty("trainingSeconds", format(trainingSeconds));
        try (OutputStream out = Files.newOutputStream(REPORT)) {
            report.store(out, "Written by dev.glassbox.training.TrainCharLstm (./mvnw -B -Ptrain process-test-classes)");
        }
    }

    /** Prints the training throughput (characters per second) of a network of {@code hidden} units. */
    static void measure(int hidden, int batch, int threads) throws IOException {
        String train = Files.readString(TRAIN, StandardCharsets.UTF_8).strip();
        CharVocabulary vocabulary = vocabulary(train);
        int[] ids = vocabulary.encode(train);
        LstmBptt model = new LstmBptt(vocabulary.size(), hidden, threads);
        model.initialise(SEED);
        Adam adam = new Adam(model.parameters);
        LstmBptt.State state = new LstmBptt.State(batch, hidden);
        int[][] inputs = new int[batch][STEPS];
        int[][] targets = new int[batch][STEPS];
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int updates = 10;
            for (int u = 0; u < updates; u++) {
                for (int s = 0; s < batch; s++) {
                    for (int t = 0; t < STEPS; t++) {
                        inputs[s][t] = ids[s * 10_000 + u * STEPS + t];
                        targets[s][t] = ids[s * 10_000 + u * STEPS + t + 1];
                    }
                }
                model.parameters.zeroGrad();
                model.forwardBackward(inputs, targets, state);
                model.parameters.clipGradNorm(CLIP);
                adam.step(LEARNING_RATE);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "H %d, batch %d, threads %d: %.0f characters/s wall, main thread cpu %.1f s of %.1f s%n",
                    hidden, batch, threads, updates * batch * STEPS / seconds, cpuSeconds, seconds);
        }
    }

    /** The characters seen at least MIN_COUNT times, most frequent first (ties by code point), at most MAX. */
    static CharVocabulary vocabulary(String text) {
        Map<Integer, Long> counts = text.codePoints().boxed()
                .collect(Collectors.groupingBy(cp -> cp, HashMap::new, Collectors.counting()));
        String known = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_COUNT)
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CHARACTERS)
                .map(e -> Character.toString(e.getKey()))
                .collect(Collectors.joining());
        return new CharVocabulary(known);
    }

    /**
     * The learning rate of update u. A first cycle of at most {@value #FIRST_CYCLE} updates: linear warm-up over 100
     * updates, constant, then linear decay to a tenth over its last 40%. Updates beyond it form further cycles of
     * {@value #RESTART_CYCLE} updates each (warm restarts, Loshchilov &amp; Hutter 2017): from half the rate linearly
     * down to a twentieth.
     */
    static double learningRate(long u, int updates) {
        if (u < FIRST_CYCLE || updates <= FIRST_CYCLE) {
            int cycle = Math.min(updates, FIRST_CYCLE);
            double warm = Math.min(1, (u + 1) / 100.0);
            double decayStart = 0.6 * cycle;
            double decay = u < decayStart ? 1 : 1 - 0.9 * (u - decayStart) / (cycle - decayStart);
            return LEARNING_RATE * warm * decay;
        }
        double progress = ((u - FIRST_CYCLE) % RESTART_CYCLE) / (double) RESTART_CYCLE;
        return LEARNING_RATE * 0.5 * (1 - 0.9 * progress);
    }

    /** exp(mean −ln p) over the text read as one stream from zero state. */
    public static double perplexity(LstmBptt model, int[] ids) {
        LstmBptt.State state = new LstmBptt.State(1, model.h);
        int chunk = 256;
        double nll = 0;
        long n = 0;
        for (int start = 0; start + 1 < ids.length; start += chunk) {
            int len = Math.min(chunk, ids.length - 1 - start);
            int[][] in = new int[1][len];
            int[][] out = new int[1][len];
            for (int t = 0; t < len; t++) {
                in[0][t] = ids[start + t];
                out[0][t] = ids[start + t + 1];
            }
            nll += model.forwardLossSum(in, out, state);
            n += len;
        }
        return Math.exp(nll / n);
    }

    private static void checkpoint(LstmBptt model, Adam adam, LstmBptt.State state) throws IOException {
        Files.createDirectories(CHECKPOINT.getParent());
        Path tmp = CHECKPOINT.resolveSibling("checkpoint.tmp");
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            model.parameters.write(out);
            adam.write(out);
            for (int s = 0; s < state.h.length; s++) {
                for (int j = 0; j < state.h[s].length; j++) {
                    out.writeDouble(state.h[s][j]);
                    out.writeDouble(state.c[s][j]);
                }
            }
        }
        Files.move(tmp, CHECKPOINT, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static String format(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
