package dev.glassbox.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one batch as a fixed number of parts ({@value #PARTS}), each with its own activations and gradient buffers,
 * on one or two threads. The trainers add the parts' results in a fixed order afterwards, so the weights they write
 * do not depend on how many threads ran the parts.
 */
final class FixedParts {

    static final int PARTS = 2;

    /** One part's work: rows {@code from} (inclusive) to {@code to} (exclusive) of the batch. */
    interface Job {
        void run(int part, int from, int to);
    }

    private final ExecutorService threads;

    /** @param threads how many threads run the parts (1 or more; the result is the same) */
    FixedParts(int threads, String name) {
        this.threads = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /**
     * Runs {@code job} on each part of a batch of {@code rows} rows — every part but the last on the pool, the last on
     * the calling thread — and waits for all of them.
     *
     * @return how many parts were used (fewer than {@value #PARTS} only for a batch with fewer rows)
     */
    int run(int rows, Job job) {
        int used = Math.min(PARTS, rows);
        Future<?>[] running = new Future<?>[used];
        for (int p = 0; p < used; p++) {
            int part = p;
            int from = p * rows / used;
            int to = (p + 1) * rows / used;
            if (threads == null || p == used - 1) {
                job.run(part, from, to);
            } else {
                running[p] = threads.submit(() -> job.run(part, from, to));
            }
        }
        for (Future<?> f : running) {
            if (f != null) {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return used;
    }

    /**
     * Copies the parameters into float arrays for a batch: {@code w[p]} as it is, and {@code wT[p]}, where not
     * {@code null}, transposed ((rows, columns) becomes (columns, rows)).
     */
    static void toFloats(List<Parameter> parameters, float[][] w, float[][] wT) {
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            for (int k = 0; k < param.data.length; k++) {
                w[p][k] = (float) param.data[k];
            }
            if (wT[p] != null) {
                int rows = param.rows;
                int cols = param.columns;
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        wT[p][c * rows + r] = w[p][r * cols + c];
                    }
                }
            }
        }
    }

    /** The parameters as float tensors by name, in order: the weights as the app reads them. */
    static Map<String, float[]> tensors(List<Parameter> parameters) {
        Map<String, float[]> tensors = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            float[] t = new float[p.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = (float) p.data[k];
            }
            tensors.put(p.name, t);
        }
        return tensors;
    }

    /** Sets the parameters to trained weights, {@code tensor} giving each by name (to evaluate them exactly as written). */
    static void load(List<Parameter> parameters, Function<String, float[]> tensor) {
        for (Parameter p : parameters) {
            float[] t = tensor.apply(p.name);
            for (int k = 0; k < t.length; k++) {
                p.data[k] = t[k];
            }
        }
    }

    /** Adds one part's float gradients to the parameters' (call once per part, in part order). */
    static void addGradients(List<Parameter> parameters, float[][] grad) {
        for (int q = 0; q < parameters.size(); q++) {
            double[] g = parameters.get(q).grad;
            float[] pg = grad[q];
            for (int k = 0; k < g.length; k++) {
                g[k] += pg[k];
            }
        }
    }
}
