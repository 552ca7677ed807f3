package dev.glassbox.bench;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.WhatIf;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The lesson's character LSTM reading a 100-character sentence (100 time steps), warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LstmBenchmark {

    /** 100 characters of ordinary English prose. */
    static final String TEXT = ("Call me Ishmael. Some years ago, never mind how long precisely, having little money "
            + "in my purse, and nothing particular to interest me on shore.").substring(0, 100);

    private final CharLstm lstm = CharLstm.load();

    /** All 100 steps: gates, states and next-character probabilities. */
    @Benchmark
    public LstmReading read100() {
        return lstm.read(TEXT, WhatIf.NONE);
    }

    /** The same plus the Trace of one step, as the view builds it. */
    @Benchmark
    public Object read100AndTraceOneStep() {
        return lstm.read(TEXT, WhatIf.NONE).trace(50);
    }
}
