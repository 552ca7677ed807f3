package dev.glassbox.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.DecoderOnnx;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The lesson's character decoder reading 128 characters: our forward pass keeping every intermediate value
 * ({@link CharDecoder#run}, what the view and {@code /api/v1/decoder} call), and ONNX Runtime (2 threads) running
 * the exported file ({@link DecoderOnnx}) on the same ids, logits only.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecoderBenchmark extends LessonBenchmark {

    /** 128 characters of ordinary English prose. */
    static final String TEXT = ("Call me Ishmael. Some years ago, never mind how long precisely, having little or no money "
            + "in my purse, and nothing particular to interest me on shore.").substring(0, 128);

    private CharDecoder model;
    private int[] ids;
    private OrtEnvironment env;
    private OrtSession session;
    private OnnxTensor input;

    @Setup(Level.Trial)
    public void setUp() throws OrtException {
        model = CharDecoder.load();
        ids = model.encode(TEXT);
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(2);
        session = env.createSession(DecoderOnnx.of(model.weights()), options);
        input = OnnxTensor.createTensor(env, LongBuffer.wrap(Arrays.stream(ids).asLongStream().toArray()),
                new long[] {1, ids.length});
    }

    @TearDown(Level.Trial)
    public void tearDown() throws OrtException {
        input.close();
        session.close();
    }

    /** Every intermediate value of all four blocks, as the lesson shows them. */
    @Benchmark
    public CharDecoder.Run traced128() {
        return model.run(ids);
    }

    /** ONNX Runtime on the same ids: the logits (1, T, V) only. */
    @Benchmark
    public float[][][] onnxRuntime128() throws OrtException {
        try (OrtSession.Result result = session.run(Map.of(DecoderOnnx.INPUT, input))) {
            return (float[][][]) result.get(DecoderOnnx.OUTPUT).orElseThrow().getValue();
        }
    }
}
