package dev.glassbox.bench;

import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmOracle;
import dev.glassbox.model.encoder.TraceCache;
import dev.glassbox.model.math.MatMul;
import dev.glassbox.model.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * all-MiniLM-L6-v2 on one sentence of 16, 64 and 128 tokens: our plain-Java forward pass keeping every
 * intermediate value, the same plus building one layer's full Trace, ONNX Runtime (2 threads) on the same ids,
 * and a hit of the trace cache.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EncoderBenchmark extends LessonBenchmark {

    static final String TEXT = ("Call me Ishmael. Some years ago, never mind how long precisely, having little or no money "
            + "in my purse, and nothing particular to interest me on shore, I thought I would sail about a little and see "
            + "the watery part of the world. It is a way I have of driving off the spleen and regulating the circulation. "
            + "Whenever I find myself growing grim about the mouth; whenever it is a damp, drizzly November in my soul; "
            + "whenever I find myself involuntarily pausing before coffin warehouses, and bringing up the rear.");

    @Param({"16", "64", "128"})
    int tokens;

    private MiniLmEncoder encoder;
    private MiniLmOracle oracle;
    private List<String> texts;
    private int[] ids;
    private TraceCache cache;
    private EncoderInput input;

    @Setup(Level.Trial)
    public void setUp() {
        encoder = MiniLmEncoder.load();
        oracle = new MiniLmOracle();
        // two texts under the 500-character limit, joined: [CLS] first … last [SEP]
        EncoderInput first = EncoderInput.of(TEXT.substring(0, Math.min(499, TEXT.length())));
        EncoderInput second = EncoderInput.of(TEXT.substring(TEXT.length() / 2));
        List<String> t = new ArrayList<>(first.tokens().subList(0, first.tokens().size() - 1));
        t.addAll(second.tokens().subList(1, second.tokens().size()));
        int[] i = IntStream.concat(Arrays.stream(first.ids()).limit(first.ids().length - 1),
                Arrays.stream(second.ids()).skip(1)).toArray();
        if (t.size() < tokens) {
            throw new IllegalStateException("text too short: " + t.size());
        }
        texts = new ArrayList<>(t.subList(0, tokens));
        texts.set(tokens - 1, "[SEP]");
        ids = Arrays.copyOf(i, tokens);
        ids[tokens - 1] = i[i.length - 1];
        input = EncoderInput.of(texts, ids);
        cache = new TraceCache(Long.MAX_VALUE);
        EncoderRun run = cache.get(input, () -> encoder.run(texts, ids));
        System.out.printf("%n[%d tokens] bytes held per cached trace: %d (%.1f MB); weights: %d floats (%.1f MB); "
                        + "matrix products: %s; common pool: %d threads%n",
                tokens, TraceCache.bytes(run), TraceCache.bytes(run) / 1048576.0, encoder.parameters(),
                encoder.parameters() * 4 / 1048576.0, MatMul.implementation(),
                ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    int[] ids() {
        return ids;
    }

    List<String> texts() {
        return texts;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oracle.close();
    }

    @Benchmark
    public EncoderRun ours() {
        return encoder.run(texts, ids);
    }

    @Benchmark
    public Trace oursWithLayerTrace() {
        return encoder.run(texts, ids).trace(5, 11);
    }

    @Benchmark
    public float[][] onnxRuntime() {
        return oracle.lastHiddenState(ids);
    }

    @Benchmark
    public EncoderRun cacheHit() {
        return cache.get(input, () -> {
            throw new IllegalStateException("miss");
        });
    }
}
