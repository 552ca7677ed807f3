package dev.glassbox.model.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The independent source: ONNX Runtime 1.23.2 running the file {@link DecoderOnnx} writes — the same weights, but
 * every operation (Gather, LayerNormalization, MatMul, Softmax, Tanh, …) is ONNX Runtime's own implementation, not
 * ours. Its logits must equal {@link CharDecoder#run}'s on passages of the held-out chapters, which the model never
 * trained on.
 */
class DecoderOnnxOracleTest {

    /**
     * Largest allowed |logit − logit_ORT|: the API contract's promise for the downloadable file. Both sides compute
     * in 32-bit floats from the same 32-bit weights, but in different orders (ONNX Runtime's blocked matrix products
     * with fused multiply-adds; our row loops, with LayerNorm and softmax sums in doubles), so each operation differs
     * by float rounding, about 6e-8 of its size; through four blocks of sums over 128 to 512 terms this grows to
     * at most 7.5e-5 on these 26,985 positions with the committed weights (measured; logits reach about 20), inside
     * the bound.
     */
    private static final double LOGIT_TOLERANCE = 1e-4;
    /** How many held-out passages are compared. */
    private static final int PASSAGES = 210;

    private static final CharDecoder MODEL = CharDecoder.load();
    private static OrtEnvironment env;
    private static OrtSession session;

    @BeforeAll
    static void openSession() throws Exception {
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        session = env.createSession(DecoderOnnx.of(MODEL.weights()), options);
    }

    @AfterAll
    static void closeSession() throws Exception {
        session.close();
    }

    /** ONNX Runtime's logits (T, V) for one passage. */
    static float[][] onnxLogits(OrtEnvironment env, OrtSession session, int[] ids) throws Exception {
        long[] input = Arrays.stream(ids).asLongStream().toArray();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, LongBuffer.wrap(input), new long[] {1, ids.length});
             OrtSession.Result result = session.run(Map.of(DecoderOnnx.INPUT, tensor))) {
            return ((float[][][]) result.get(DecoderOnnx.OUTPUT).orElseThrow().getValue())[0];
        }
    }

    @Test
    void the_file_declares_its_input_output_and_vocabulary() throws Exception {
        assertThat(session.getInputNames()).containsExactly(DecoderOnnx.INPUT);
        assertThat(session.getOutputNames()).containsExactly(DecoderOnnx.OUTPUT);
        Map<String, String> meta = session.getMetadata().getCustomMetadata();
        assertThat(meta.get(DecoderOnnx.MODEL)).isEqualTo(MODEL.name());
        assertThat(meta.get(DecoderOnnx.CONTEXT)).isEqualTo(Integer.toString(MODEL.context()));
        String vocabulary = meta.get(DecoderOnnx.VOCABULARY);
        assertThat(vocabulary).startsWith("[\"\uFFFD\",");
        // every character appears as a JSON string, so the list has V entries
        int v = MODEL.vocabulary().size();
        for (int id = 1; id < v; id++) {
            String symbol = MODEL.vocabulary().symbol(id);
            String quoted = switch (symbol) {
                case "\"" -> "\"\\\"\"";
                case "\\" -> "\"\\\\\"";
                case "\n" -> "\"\\n\"";
                default -> "\"" + symbol + "\"";
            };
            assertThat(vocabulary).as("character %d", id).contains("," + quoted);
        }
    }

    @Test
    void onnx_runtime_gives_the_same_logits_on_held_out_passages_of_every_length() throws Exception {
        int[] text = heldOut().codePoints().toArray();
        SplittableRandom random = new SplittableRandom(7);
        int n = MODEL.context();
        double worst = 0;
        int positions = 0;
        int greedyCompared = 0;
        for (int p = 0; p < PASSAGES; p++) {
            int length = 1 + (int) Math.round(p * (n - 1) / (double) (PASSAGES - 1)); // 1 … N, both ends included
            int start = random.nextInt(text.length - length);
            int[] ids = MODEL.encode(new String(text, start, length));
            float[][] ours = MODEL.run(ids).logits();       // (T, V)
            float[][] ort = onnxLogits(env, session, ids);   // (T, V)
            assertThat(ort.length).isEqualTo(length);
            for (int t = 0; t < length; t++) {
                assertThat(ort[t]).hasSameSizeAs(ours[t]);
                for (int c = 0; c < ours[t].length; c++) {
                    worst = Math.max(worst, Math.abs(ours[t][c] - ort[t][c]));
                }
                // The same greedy next character, wherever our top two differ by more than both sides' rounding.
                int best = argmax(ours[t]);
                if (ours[t][best] - secondLargest(ours[t], best) > 2 * LOGIT_TOLERANCE) {
                    assertThat(argmax(ort[t])).as("greedy character after position %d of passage %d", t, p)
                            .isEqualTo(best);
                    greedyCompared++;
                }
                positions++;
            }
        }
        System.out.printf("ONNX Runtime oracle, %d passages, %d positions: max |logit − logit_ORT| = %.3g; "
                + "greedy character compared at %d positions%n", PASSAGES, positions, worst, greedyCompared);
        assertThat(worst).as("largest |logit − logit_ORT|").isLessThanOrEqualTo(LOGIT_TOLERANCE);
        assertThat(greedyCompared).as("positions without a near-tie").isGreaterThan(positions * 9 / 10);
    }

    @Test
    void a_passage_as_long_as_the_context_is_accepted_and_causal() throws Exception {
        // Changing the last character may change only the last row: no position reads the ones after it.
        int[] ids = MODEL.encode(heldOut().substring(0, MODEL.context()));
        int[] changed = ids.clone();
        changed[ids.length - 1] = ids[ids.length - 1] == 1 ? 2 : 1;
        float[][] a = onnxLogits(env, session, ids);
        float[][] b = onnxLogits(env, session, changed);
        for (int t = 0; t < ids.length - 1; t++) {
            assertThat(b[t]).as("row %d", t).containsExactly(a[t]);
        }
        assertThat(b[ids.length - 1]).isNotEqualTo(a[ids.length - 1]);
    }

    private static int argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            best = z[i] > z[best] ? i : best;
        }
        return best;
    }

    private static float secondLargest(float[] z, int best) {
        float second = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            second = i != best ? Math.max(second, z[i]) : second;
        }
        return second;
    }

    static String heldOut() throws IOException {
        try (InputStream in = DecoderOnnxOracleTest.class.getResourceAsStream("/training/moby-dick-heldout.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
