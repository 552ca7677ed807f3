package dev.glassbox.model.lstm;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent source: ONNX Runtime 1.23.2's {@code LSTM} operator, given the same weights (as a one-node ONNX
 * model written by {@link OnnxLstmModel}). To get c_t after every step (the operator returns only the last
 * Y_c), the sentence is fed as a batch of T copies with sequence_lens = 1, 2, …, T, so copy t ends at step t.
 */
class LstmOnnxOracleTest {

    /**
     * ONNX Runtime computes in 32-bit floats, this project in doubles from the same 32-bit weights, so the two
     * differ by float rounding, which grows with the size of the number: h lies in (−1, 1) and is compared
     * absolutely; c is unbounded and is compared relative to max(1, |c|).
     */
    private static final double TOLERANCE = 1e-5;

    @Test
    void trained_model_matches_onnx_runtime_on_every_step() throws Exception {
        CharLstm lstm = CharLstm.load();
        assertMatchesOnnxRuntime(lstm.weights(), "The animal didn't cross the street because it was too tired.");
        assertMatchesOnnxRuntime(lstm.weights(), "\"Call me Ishmael,\" he said — ünknown çharacters too! 🐋");
    }

    @Test
    void random_model_matches_onnx_runtime_on_every_step() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        CharVocabulary vocabulary = new CharVocabulary("abcde ");
        int v = vocabulary.size();
        int h = 5;
        LstmWeights weights = new LstmWeights("random", vocabulary, fill(4 * h, v, random), fill(4 * h, h, random),
                fill(1, 4 * h, random)[0], fill(v, h, random), fill(1, v, random)[0]);
        assertMatchesOnnxRuntime(weights, "a bad cab faced a dead bee");
    }

    private static double[][] fill(int rows, int columns, SplittableRandom random) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int k = 0; k < columns; k++) {
                row[k] = (float) (2 * random.nextDouble() - 1); // representable in 32 bits, as in a weights file
            }
        }
        return m;
    }

    static void assertMatchesOnnxRuntime(LstmWeights weights, String text) throws Exception {
        int[] xs = weights.vocabulary().encode(text);
        int steps = xs.length;
        int v = weights.inputSize();
        int h = weights.hiddenSize();
        List<LstmStep> ours = new LstmLayer(weights).run(xs, WhatIf.NONE);

        float[] x = new float[steps * steps * v]; // (T, B = T, V), one-hot, every copy the same sentence
        for (int t = 0; t < steps; t++) {
            for (int copy = 0; copy < steps; copy++) {
                x[(t * steps + copy) * v + xs[t]] = 1;
            }
        }
        int[] lengths = new int[steps]; // (B)
        for (int copy = 0; copy < steps; copy++) {
            lengths[copy] = copy + 1;
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(OnnxLstmModel.of(weights), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), new long[] {steps, steps, v});
             OnnxTensor seqLens = OnnxTensor.createTensor(env, IntBuffer.wrap(lengths), new long[] {steps});
             OrtSession.Result result = session.run(Map.of("X", input, "sequence_lens", seqLens))) {
            float[][][][] y = (float[][][][]) result.get("Y").orElseThrow().getValue(); // (T, 1, B, H)
            float[][][] yc = (float[][][]) result.get("Y_c").orElseThrow().getValue(); // (1, B, H)
            double worstH = 0;
            double worstC = 0;
            for (int t = 0; t < steps; t++) {
                LstmStep step = ours.get(t);
                for (int j = 0; j < h; j++) {
                    // the last copy runs the whole sentence, so its Y row t is h_t
                    worstH = Math.max(worstH, Math.abs(step.h()[j] - y[t][0][steps - 1][j]));
                    worstC = Math.max(worstC, Math.abs(step.c()[j] - yc[0][t][j]) / Math.max(1, Math.abs(step.c()[j])));
                }
            }
            assertThat(worstH).as("largest |h − h_ORT| over all steps and units").isLessThanOrEqualTo(TOLERANCE);
            System.out.printf("ONNX Runtime oracle, %d steps: max |h − h_ORT| = %.3g, max |c − c_ORT| / max(1, |c|) = %.3g%n",
                    steps, worstH, worstC);
            assertThat(worstC).as("largest |c − c_ORT| / max(1, |c|) over all steps and units")
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }
}
