package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Sampling;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/decoder}, {@code /api/v1/generate} and {@code /api/v1/models/decoder.onnx} over real HTTP. */
class DecoderApiIT extends ApiTest {

    /** Summing up to 256 doubles that add up to 1 leaves rounding errors far below this. */
    private static final double SUM_TOLERANCE = 1e-9;
    /**
     * Attention weights are 32-bit floats (each within 6e-8 of its exact value), so a row of up to 256 of them sums
     * to 1 within about 256 · 6e-8.
     */
    private static final double FLOAT_ROW_TOLERANCE = 2e-5;
    /**
     * The logits of /api/v1/decoder (one pass over the whole text) and those of the key/value cache (one position
     * at a time) come from the same 32-bit weights through sums in a different grouping, so probabilities differ by
     * float rounding only.
     */
    private static final double PROBABILITY_TOLERANCE = 1e-5;
    /** The API contract's promise for the ONNX file: the same logits within 1e-4. */
    private static final double ONNX_TOLERANCE = 1e-4;

    private static final CharDecoder MODEL = CharDecoder.load();
    private static final String TEXT = "Call me Ishmael. Some years ago";

    @Test
    void decoder_answer_has_the_contract_shape() throws Exception {
        Answer a = get("/api/v1/decoder?layer=1&head=2&text=" + enc(TEXT));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        JsonNode b = a.body();
        int t = TEXT.length();
        int v = MODEL.vocabulary().size();
        assertThat(b.get("model").asString()).isEqualTo(MODEL.name());
        assertThat(b.get("unit").asString()).isEqualTo("char");
        assertThat(b.get("vocabulary")).hasSize(v);
        assertThat(b.get("vocabulary").get(0).asString()).isEqualTo("\uFFFD");
        assertThat(b.get("layers").asInt()).isEqualTo(MODEL.shape().layers());
        assertThat(b.get("heads").asInt()).isEqualTo(MODEL.shape().heads());
        assertThat(b.get("context").asInt()).isEqualTo(MODEL.context());
        assertThat(b.get("layer").asInt()).isEqualTo(1);
        assertThat(b.get("head").asInt()).isEqualTo(2);
        JsonNode tokens = b.get("tokens");
        assertThat(tokens).hasSize(t);
        int[] ids = MODEL.encode(TEXT);
        for (int i = 0; i < t; i++) {
            assertThat(tokens.get(i).get("text").asString()).isEqualTo(TEXT.substring(i, i + 1));
            assertThat(tokens.get(i).get("id").asInt()).isEqualTo(ids[i]);
            // the id indexes the vocabulary: every character of this text is a known one
            assertThat(b.get("vocabulary").get(ids[i]).asString()).isEqualTo(TEXT.substring(i, i + 1));
        }
        assertThat(b.get("weights")).hasSize(t);
        assertThat(b.get("logits")).hasSize(t);
        for (int i = 0; i < t; i++) {
            assertThat(b.get("weights").get(i)).hasSize(t);
            assertThat(b.get("logits").get(i)).hasSize(v);
        }
    }

    @Test
    void attention_rows_sum_to_one_and_are_zero_above_the_diagonal() throws Exception {
        for (int layer : new int[] {0, MODEL.shape().layers() - 1}) {
            JsonNode w = get("/api/v1/decoder?layer=" + layer + "&head=" + (MODEL.shape().heads() - 1) + "&text="
                    + enc(TEXT)).body().get("weights");
            for (int i = 0; i < w.size(); i++) {
                double sum = 0;
                for (int j = 0; j < w.size(); j++) {
                    double a = w.get(i).get(j).asDouble();
                    if (j > i) {
                        assertThat(a).as("layer %d, query %d, key %d", layer, i, j).isZero();
                    } else {
                        assertThat(a).isBetween(0.0, 1.0);
                    }
                    sum += a;
                }
                assertThat(sum).as("row %d", i).isCloseTo(1.0, within(FLOAT_ROW_TOLERANCE));
            }
        }
    }

    @Test
    void defaults_are_layer_zero_head_zero_with_the_models_own_numbers() throws Exception {
        JsonNode b = get("/api/v1/decoder?text=" + enc(TEXT)).body();
        assertThat(b.get("layer").asInt()).isZero();
        assertThat(b.get("head").asInt()).isZero();
        CharDecoder.Run run = MODEL.run(MODEL.encode(TEXT));
        float[][] weights = run.blocks().get(0).attention().weights()[0];
        for (int i = 0; i < weights.length; i++) {
            for (int j = 0; j < weights.length; j++) {
                assertThat((float) b.get("weights").get(i).get(j).asDouble()).isEqualTo(weights[i][j]);
            }
            // unrounded: the JSON number reads back as the very same float
            for (int c = 0; c < run.logits()[i].length; c++) {
                assertThat((float) b.get("logits").get(i).get(c).asDouble()).isEqualTo(run.logits()[i][c]);
            }
        }
    }

    @Test
    void softmax_of_a_logits_row_is_the_models_next_character_distribution() throws Exception {
        // The independent path: the key/value cache reads the text one character at a time, so its logits after
        // character t saw exactly characters 0 … t, which is what row t of the answer claims to score.
        JsonNode logits = get("/api/v1/decoder?text=" + enc(TEXT)).body().get("logits");
        CharDecoder.Cache cache = MODEL.cache();
        int[] ids = MODEL.encode(TEXT);
        for (int t = 0; t < ids.length; t++) {
            double[] expected = Sampling.PLAIN.probabilities(cache.feed(ids[t]));
            double[] softmax = softmax(logits.get(t));
            double sum = 0;
            for (int c = 0; c < softmax.length; c++) {
                assertThat(softmax[c]).as("position %d, character %d", t, c).isCloseTo(expected[c], within(PROBABILITY_TOLERANCE));
                sum += softmax[c];
            }
            assertThat(sum).isCloseTo(1.0, within(SUM_TOLERANCE));
        }
    }

    @Test
    void characters_the_model_does_not_know_are_read_as_id_zero() throws Exception {
        Answer a = get("/api/v1/decoder?text=" + enc("a🐋"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("tokens")).hasSize(2);
        assertThat(a.body().get("tokens").get(1).get("text").asString()).isEqualTo("🐋");
        assertThat(a.body().get("tokens").get(1).get("id").asInt()).isZero();
    }

    @Test
    void a_text_as_long_as_the_context_is_read() throws Exception {
        String text = "whale ".repeat(MODEL.context()).substring(0, MODEL.context());
        Answer a = get("/api/v1/decoder?text=" + enc(text));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("logits")).hasSize(MODEL.context());
    }

    @Test
    void generation_has_the_contract_shape_and_the_same_seed_gives_the_same_answer() throws Exception {
        String url = "/api/v1/generate?steps=30&temperature=0.8&seed=42&text=" + enc(TEXT);
        Answer a = get(url);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(get(url).raw()).isEqualTo(a.raw());
        JsonNode b = a.body();
        assertThat(b.get("model").asString()).isEqualTo(MODEL.name());
        assertThat(b.get("prompt")).hasSize(TEXT.length());
        assertThat(b.get("prompt").get(0).get("text").asString()).isEqualTo("C");
        JsonNode steps = b.get("steps");
        assertThat(steps).hasSize(30);
        StringBuilder written = new StringBuilder(TEXT);
        for (JsonNode step : steps) {
            JsonNode candidates = step.get("candidates");
            double sum = 0;
            double previous = 1;
            boolean chosenIsACandidate = false;
            for (JsonNode c : candidates) {
                double p = c.get("probability").asDouble();
                assertThat(p).isPositive().isLessThanOrEqualTo(previous); // most likely first
                assertThat(c.get("text").asString()).isEqualTo(MODEL.vocabulary().symbol(c.get("id").asInt()));
                previous = p;
                sum += p;
                chosenIsACandidate |= c.get("id").asInt() == step.get("chosen").get("id").asInt();
            }
            assertThat(sum).isCloseTo(1.0, within(SUM_TOLERANCE));
            assertThat(chosenIsACandidate).isTrue();
            written.append(step.get("chosen").get("text").asString());
        }
        assertThat(b.get("text").asString()).isEqualTo(written.toString());
        // default: 20 steps
        assertThat(get("/api/v1/generate?text=" + enc(TEXT)).body().get("steps")).hasSize(20);
    }

    @Test
    void temperature_zero_always_writes_the_most_likely_character() throws Exception {
        JsonNode b = get("/api/v1/generate?steps=15&temperature=0&seed=3&text=" + enc(TEXT)).body();
        // the independent path: the full forward pass over the text so far, argmax of its last row
        int[] ids = MODEL.encode(TEXT);
        for (JsonNode step : b.get("steps")) {
            assertThat(step.get("candidates")).hasSize(1);
            assertThat(step.get("candidates").get(0).get("probability").asDouble()).isEqualTo(1.0);
            float[] logits = MODEL.nextLogits(ids);
            int best = IntStream.range(0, logits.length).boxed().max(Comparator.comparingDouble(i -> logits[i])).orElseThrow();
            assertThat(step.get("chosen").get("id").asInt()).isEqualTo(best);
            ids = Arrays.copyOf(ids, ids.length + 1);
            ids[ids.length - 1] = best;
        }
    }

    @Test
    void top_k_and_top_p_cut_the_candidates_as_the_contract_says() throws Exception {
        JsonNode topK = get("/api/v1/generate?steps=5&topK=5&seed=1&text=" + enc(TEXT)).body().get("steps");
        for (JsonNode step : topK) {
            assertThat(step.get("candidates")).hasSize(5); // every character has a positive probability
        }
        // top-p 0.6, checked against the model's own distribution after the prompt, sorted by hand
        JsonNode first = get("/api/v1/generate?steps=1&topP=0.6&text=" + enc(TEXT)).body().get("steps").get(0);
        double[] p = Sampling.PLAIN.probabilities(MODEL.nextLogits(MODEL.encode(TEXT)));
        List<Integer> order = new ArrayList<>(IntStream.range(0, p.length).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> -p[i]));
        int kept = 0;
        double mass = 0;
        while (mass < 0.6) {
            mass += p[order.get(kept++)];
        }
        JsonNode candidates = first.get("candidates");
        assertThat(candidates).hasSize(kept);
        for (int i = 0; i < kept; i++) {
            assertThat(candidates.get(i).get("id").asInt()).isEqualTo(order.get(i));
            assertThat(candidates.get(i).get("probability").asDouble())
                    .isCloseTo(p[order.get(i)] / mass, within(PROBABILITY_TOLERANCE));
        }
    }

    @Test
    void every_bad_input_is_a_400_with_one_sentence() throws Exception {
        String text = "&text=" + enc(TEXT);
        String tooLong = enc("a".repeat(MODEL.context() + 1));
        Map<String, String> bad = Map.ofEntries(
                Map.entry("/api/v1/decoder", "\"text\" is missing"),
                Map.entry("/api/v1/decoder?text=", "empty"),
                Map.entry("/api/v1/decoder?text=%20%20", "empty"),
                Map.entry("/api/v1/decoder?text=" + tooLong, "at most " + MODEL.context()),
                Map.entry("/api/v1/decoder?layer=" + MODEL.shape().layers() + text, "layer"),
                Map.entry("/api/v1/decoder?layer=-1" + text, "layer"),
                Map.entry("/api/v1/decoder?layer=one" + text, "whole number"),
                Map.entry("/api/v1/decoder?head=1.5" + text, "whole number"),
                Map.entry("/api/v1/decoder?head=" + MODEL.shape().heads() + text, "head"),
                Map.entry("/api/v1/generate", "\"text\" is missing"),
                Map.entry("/api/v1/generate?text=" + tooLong, "context"),
                Map.entry("/api/v1/generate?steps=0" + text, "steps"),
                Map.entry("/api/v1/generate?steps=201" + text, "200"),
                Map.entry("/api/v1/generate?steps=ten" + text, "whole number"),
                Map.entry("/api/v1/generate?temperature=-0.1" + text, "temperature"),
                Map.entry("/api/v1/generate?temperature=10.5" + text, "temperature"),
                Map.entry("/api/v1/generate?temperature=NaN" + text, "emperature"),
                Map.entry("/api/v1/generate?temperature=hot" + text, "emperature"),
                Map.entry("/api/v1/generate?topK=-1" + text, "op-k"),
                Map.entry("/api/v1/generate?topP=0" + text, "op-p"),
                Map.entry("/api/v1/generate?topP=1.01" + text, "op-p"),
                Map.entry("/api/v1/generate?topP=Infinity" + text, "op-p"),
                Map.entry("/api/v1/generate?seed=0.5" + text, "whole number"),
                Map.entry("/api/v1/generate?seed=x" + text, "whole number"));
        for (var e : bad.entrySet()) {
            Answer a = get(e.getKey());
            assertThat(a.status()).as(e.getKey()).isEqualTo(400);
            assertThat(a.contentType()).as(e.getKey()).isEqualToIgnoringCase("application/json;charset=UTF-8");
            String sentence = a.body().get("error").asString();
            assertThat(sentence).as(e.getKey()).contains(e.getValue()).endsWith(".").doesNotContain("Exception");
        }
        // the sentence about length names the context
        assertThat(get("/api/v1/decoder?text=" + tooLong).body().get("error").asString())
                .isEqualTo("The text has " + (MODEL.context() + 1) + " characters; the decoder reads at most "
                        + MODEL.context() + " at once (its context), so please shorten it.");
    }

    @Test
    void the_onnx_file_downloads_and_onnx_runtime_gives_the_same_logits() throws Exception {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/models/decoder.onnx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
        JsonNode logits = get("/api/v1/decoder?text=" + enc(TEXT)).body().get("logits");
        long[] ids = Arrays.stream(MODEL.encode(TEXT)).asLongStream().toArray();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(file.body(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length});
             OrtSession.Result result = session.run(Map.of("input_ids", input))) {
            float[][] ort = ((float[][][]) result.get("logits").orElseThrow().getValue())[0]; // (T, V)
            assertThat(ort).hasNumberOfRows(ids.length);
            for (int t = 0; t < ort.length; t++) {
                assertThat(ort[t]).hasSize(logits.get(t).size());
                for (int c = 0; c < ort[t].length; c++) {
                    assertThat((double) ort[t][c]).isCloseTo(logits.get(t).get(c).asDouble(), within(ONNX_TOLERANCE));
                }
            }
        }
    }

    private static double[] softmax(JsonNode row) {
        double max = Double.NEGATIVE_INFINITY;
        for (JsonNode z : row) {
            max = Math.max(max, z.asDouble());
        }
        double[] p = new double[row.size()];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(row.get(i).asDouble() - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
