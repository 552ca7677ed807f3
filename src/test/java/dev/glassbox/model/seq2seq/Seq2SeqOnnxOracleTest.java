package dev.glassbox.model.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The independent source: ONNX Runtime running the file {@link Seq2SeqOnnx} writes — the same weights, but every
 * operation (Gather, LayerNormalization, MatMul, Softmax, Relu, …) is ONNX Runtime's own. Its logits must equal
 * {@link Seq2SeqTransformer}'s, and greedy decoding driven by ONNX Runtime alone must write the same answer, on
 * held-out dates in every format and on texts that are not dates at all.
 */
class Seq2SeqOnnxOracleTest {

    /**
     * Largest allowed |logit − logit_ORT|: the API contract's promise for the downloadable file. Both sides compute
     * in 32-bit floats from the same weights in different orders; through four layers of sums over 64 to 256 terms
     * the rounding reaches about 1e-5 on logits of size ~10, an order of magnitude inside the bound.
     */
    private static final double LOGIT_TOLERANCE = 1e-4;

    private static final Seq2SeqTransformer MODEL = Seq2SeqTransformerTest.MODEL;
    private static OrtEnvironment env;
    private static OrtSession session;

    @BeforeAll
    static void openSession() throws Exception {
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        session = env.createSession(Seq2SeqOnnx.of(MODEL.weights()), options);
    }

    @AfterAll
    static void closeSession() throws Exception {
        session.close();
    }

    /** ONNX Runtime's logits (O, V). */
    static float[][] onnxLogits(int[] source, int[] target) throws Exception {
        try (OnnxTensor s = tensor(source); OnnxTensor t = tensor(target);
             OrtSession.Result result = session.run(Map.of(Seq2SeqOnnx.SOURCE, s, Seq2SeqOnnx.TARGET, t))) {
            return ((float[][][]) result.get(Seq2SeqOnnx.OUTPUT).orElseThrow().getValue())[0];
        }
    }

    private static OnnxTensor tensor(int[] ids) throws Exception {
        return OnnxTensor.createTensor(env, LongBuffer.wrap(Arrays.stream(ids).asLongStream().toArray()),
                new long[] {1, ids.length});
    }

    @Test
    void the_file_declares_its_inputs_output_and_vocabulary() throws Exception {
        assertThat(session.getInputNames()).containsExactlyInAnyOrder(Seq2SeqOnnx.SOURCE, Seq2SeqOnnx.TARGET);
        assertThat(session.getOutputNames()).containsExactly(Seq2SeqOnnx.OUTPUT);
        Map<String, String> meta = session.getMetadata().getCustomMetadata();
        assertThat(meta.get(Seq2SeqOnnx.MODEL)).isEqualTo(MODEL.name());
        assertThat(meta.get(Seq2SeqOnnx.VOCABULARY)).startsWith("[\"<unk>\",\"<s>\",\"</s>\",\" \",\",\",\"-\"")
                .endsWith("\"y\",\"z\"]");
    }

    @Test
    void onnx_runtime_gives_the_same_logits_and_the_same_greedy_answer() throws Exception {
        List<String> texts = new ArrayList<>(List.of("hello world", "03/04/2020", "May the 4th, 2020",
                "Monday, 9 May 2018", "🐋", "31.02.2020", "x".repeat(Seq2SeqTransformer.MAX_SOURCE)));
        List<LocalDate> dates = new DateCorpus().heldOut();
        DateFormat[] formats = DateFormat.values();
        for (int k = 0; k < 260; k++) {
            LocalDate date = dates.get(k * 9);
            texts.add(formats[k % formats.length].format(date, DateFormat.Casing.values()[k % 3]));
        }
        double worst = 0;
        for (String text : texts) {
            int[] source = Seq2SeqVocabulary.encode(text);
            Seq2SeqTransformer.Translation ours = MODEL.translate(source);
            float[][] ort = onnxLogits(source, ours.decoding().input());
            float[][] logits = ours.decoding().logits();
            assertThat(ort).hasSameDimensionsAs(logits);
            for (int i = 0; i < logits.length; i++) {
                for (int c = 0; c < logits[i].length; c++) {
                    worst = Math.max(worst, Math.abs(logits[i][c] - ort[i][c]));
                }
            }
            assertThat(greedyWithOnnxRuntime(source)).as(text).containsExactly(ours.output());
        }
        System.out.printf("ONNX Runtime oracle, %d texts: max |logit − logit_ORT| = %.3g%n", texts.size(), worst);
        assertThat(worst).as("largest |logit − logit_ORT|").isLessThanOrEqualTo(LOGIT_TOLERANCE);
    }

    /** Greedy decoding with ONNX Runtime alone: the most likely token of the last row, until {@code </s>}. */
    private static int[] greedyWithOnnxRuntime(int[] source) throws Exception {
        List<Integer> input = new ArrayList<>(List.of(Seq2SeqVocabulary.START));
        List<Integer> written = new ArrayList<>();
        while (written.size() < Seq2SeqTransformer.MAX_OUTPUT) {
            float[][] logits = onnxLogits(source, input.stream().mapToInt(Integer::intValue).toArray());
            int next = Seq2SeqTransformer.argmax(logits[logits.length - 1]);
            written.add(next);
            if (next == Seq2SeqVocabulary.END) {
                break;
            }
            input.add(next);
        }
        return written.stream().mapToInt(Integer::intValue).toArray();
    }
}
