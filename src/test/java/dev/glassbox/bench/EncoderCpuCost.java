package dev.glassbox.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmOracle;
import dev.glassbox.model.math.MatMul;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time per sentence (all threads of the process, ONNX Runtime's native ones too) of our forward pass and of
 * ONNX Runtime, in the same JVM, so a busy machine slows the wall clock of both but not the CPU
 * seconds each one needs — on a shared server that is what decides how many learners fit. Run after
 * {@code ./mvnw -Pbench -DskipTests test-compile}:
 * <pre>
 *   java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:$(deps) dev.glassbox.bench.EncoderCpuCost 64
 * </pre>
 */
public final class EncoderCpuCost {

    private EncoderCpuCost() {
    }

    public static void main(String[] args) {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        MiniLmEncoder encoder = MiniLmEncoder.load();
        EncoderBenchmark b = new EncoderBenchmark();
        b.tokens = tokens;
        b.setUp();
        int[] ids = b.ids();
        List<String> texts = new ArrayList<>(b.texts());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (MiniLmOracle oracle = new MiniLmOracle()) {
            long warm = System.nanoTime() + 15_000_000_000L; // 15 s of warm-up, so the JIT compilers have finished
            while (System.nanoTime() < warm) {
                encoder.run(texts, ids);
                oracle.lastHiddenState(ids);
            }
            int rounds = 10;
            int calls = 20;
            double[] ours = new double[rounds];
            double[] onnx = new double[rounds];
            // ours first, after a pause: ONNX Runtime's idle threads spin for a while after each run, and that
            // CPU time must not be counted as ours
            pause();
            for (int r = 0; r < rounds; r++) {
                long t0 = os.getProcessCpuTime();
                for (int i = 0; i < calls; i++) {
                    encoder.run(texts, ids);
                }
                ours[r] = (os.getProcessCpuTime() - t0) / 1e6 / calls;
            }
            for (int r = 0; r < rounds; r++) {
                long t0 = os.getProcessCpuTime();
                for (int i = 0; i < calls; i++) {
                    oracle.lastHiddenState(ids);
                }
                onnx[r] = (os.getProcessCpuTime() - t0) / 1e6 / calls;
            }
            Arrays.sort(ours);
            Arrays.sort(onnx);
            System.out.printf("%d tokens, CPU ms per sentence (median of %d rounds of %d; min … max): ours (%s) %.1f (%.1f … %.1f), "
                            + "ONNX Runtime %.1f (%.1f … %.1f), ratio %.2f%n", tokens, rounds, calls, MatMul.implementation(),
                    ours[rounds / 2], ours[0], ours[rounds - 1], onnx[rounds / 2], onnx[0], onnx[rounds - 1],
                    ours[rounds / 2] / onnx[rounds / 2]);
        }
        b.tearDown();
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
