package dev.glassbox.bench;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.training.LstmBptt;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The lesson's character LSTM reading a 100-character sentence (100 time steps), warm. */
public class LstmBenchmark extends LessonBenchmark {

    /** 100 characters of ordinary English prose. */
    static final String TEXT = ("Call me Ishmael. Some years ago, never mind how long precisely, having little money "
            + "in my purse, and nothing particular to interest me on shore.").substring(0, 100);

    private final CharLstm lstm = CharLstm.load();

    /** All 100 steps: gates, states and next-character probabilities. */
    @Benchmark
    public LstmReading read100() {
        return lstm.read(TEXT, WhatIf.NONE);
    }

    /** One training chunk as the trainer runs it: 32 streams × 64 characters, forward and backward, 384 units. */
    @Benchmark
    public double trainOneChunk(TrainingChunk chunk) {
        chunk.model.parameters.zeroGrad();
        return chunk.model.forwardBackward(chunk.inputs, chunk.targets, new LstmBptt.State(32, 384));
    }

    /** A network of the committed size with random weights and a random chunk of characters. */
    @State(Scope.Benchmark)
    public static class TrainingChunk {
        final LstmBptt model = new LstmBptt(75, 384);
        final int[][] inputs = new int[32][64];
        final int[][] targets = new int[32][64];

        @Setup
        public void setUp() {
            model.initialise(1);
            SplittableRandom random = new SplittableRandom(2);
            for (int s = 0; s < 32; s++) {
                for (int t = 0; t < 64; t++) {
                    inputs[s][t] = random.nextInt(75);
                    targets[s][t] = random.nextInt(75);
                }
            }
        }
    }

    /** The same plus the Trace of one step, as the view builds it. */
    @Benchmark
    public Object read100AndTraceOneStep() {
        return lstm.read(TEXT, WhatIf.NONE).trace(50);
    }
}
