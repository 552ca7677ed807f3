package dev.glassbox.model.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The reference: ONNX Runtime running the same {@code all-minilm-l6-v2.onnx}, with token ids from Hugging Face's
 * own tokenizer (via DJL) reading the model's {@code tokenizer.json}.
 */
public final class MiniLmOracle implements AutoCloseable {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    public MiniLmOracle() {
        try (InputStream model = MiniLmOracle.class.getResourceAsStream(MiniLmEncoder.RESOURCE);
                InputStream vocabulary = MiniLmOracle.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(2);
            session = env.createSession(model.readAllBytes(), options);
            Path json = Files.createTempFile("minilm-tokenizer", ".json");
            Files.copy(vocabulary, json, StandardCopyOption.REPLACE_EXISTING);
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(json).optMaxLength(100_000)
                    .optTruncation(false).build();
            Files.deleteIfExists(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Token texts and ids of {@code text}, [CLS] … [SEP], cut to {@code max} tokens (keeping [SEP] last). */
    public record Ids(List<String> tokens, int[] ids) {
    }

    public Ids encode(String text, int max) {
        Encoding e = tokenizer.encode(text);
        String[] tokens = e.getTokens();
        long[] ids = e.getIds();
        int n = Math.min(ids.length, max);
        String[] t = Arrays.copyOf(tokens, n);
        int[] i = new int[n];
        for (int k = 0; k < n; k++) {
            i[k] = (int) ids[k];
        }
        if (n < ids.length) {
            t[n - 1] = tokens[ids.length - 1];
            i[n - 1] = (int) ids[ids.length - 1];
        }
        return new Ids(List.of(t), i);
    }

    /** ONNX Runtime's last_hidden_state for one sentence: (T, dModel). */
    public float[][] lastHiddenState(int[] ids) {
        long[][] input = new long[1][ids.length];
        long[][] mask = new long[1][ids.length];
        long[][] types = new long[1][ids.length];
        for (int t = 0; t < ids.length; t++) {
            input[0][t] = ids[t];
            mask[0][t] = 1;
        }
        try (OnnxTensor a = OnnxTensor.createTensor(env, input);
                OnnxTensor b = OnnxTensor.createTensor(env, mask);
                OnnxTensor c = OnnxTensor.createTensor(env, types);
                OrtSession.Result result = session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
            float[][][] out = (float[][][]) result.get("last_hidden_state").orElseThrow().getValue();
            return out[0];
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mean over tokens, then divided by its length. */
    public static double[] meanPooledNormalised(float[][] hidden) {
        double[] mean = new double[hidden[0].length];
        for (float[] row : hidden) {
            for (int i = 0; i < row.length; i++) {
                mean[i] += row[i] / hidden.length;
            }
        }
        double length = Math.sqrt(Arrays.stream(mean).map(x -> x * x).sum());
        return Arrays.stream(mean).map(x -> x / length).toArray();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
