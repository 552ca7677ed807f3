package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/seq2seq} and {@code /api/v1/models/seq2seq.onnx} over real HTTP, against the contract. */
class Seq2SeqApiIT extends ApiTest {

    /** Attention weights are 32-bit floats, so a row of up to 40 of them sums to 1 within about 40 · 6e-8. */
    private static final double FLOAT_ROW_TOLERANCE = 1e-5;
    /** The API contract's promise for the ONNX file: the same logits within 1e-4. */
    private static final double ONNX_TOLERANCE = 1e-4;

    private static final Seq2SeqTransformer MODEL = Seq2SeqTransformer.load();
    private static final String TEXT = "Wednesday, 9 May 2018";

    @Test
    void the_answer_has_the_contract_shape_and_the_models_numbers() throws Exception {
        Answer a = get("/api/v1/seq2seq?text=" + enc(TEXT));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        JsonNode b = a.body();
        assertThat(b.get("model").asString()).isEqualTo(MODEL.name());
        assertThat(b.get("vocabulary")).hasSize(Seq2SeqVocabulary.size());
        assertThat(b.get("vocabulary").get(Seq2SeqVocabulary.START).asString()).isEqualTo("<s>");
        assertThat(b.get("vocabulary").get(Seq2SeqVocabulary.END).asString()).isEqualTo("</s>");
        // 9 May 2018 in ISO 8601 (java.time: LocalDate.of(2018, 5, 9).toString())
        assertThat(b.get("text").asString()).isEqualTo("2018-05-09");
        JsonNode source = b.get("source");
        assertThat(source).hasSize(TEXT.length());
        for (int i = 0; i < TEXT.length(); i++) {
            assertThat(source.get(i).get("text").asString()).isEqualTo(TEXT.substring(i, i + 1));
            assertThat(b.get("vocabulary").get(source.get(i).get("id").asInt()).asString()).isEqualTo(TEXT.substring(i, i + 1));
        }
        JsonNode output = b.get("output");
        assertThat(output).hasSize(11);
        assertThat(output.get(10).get("text").asString()).isEqualTo("</s>");
        assertThat(output.get(10).get("id").asInt()).isEqualTo(Seq2SeqVocabulary.END);
        // defaults: the last layer, head 0
        assertThat(b.get("layer").asInt()).isEqualTo(MODEL.shape().decoderLayers() - 1);
        assertThat(b.get("head").asInt()).isZero();
        Seq2SeqTransformer.Translation t = MODEL.translate(TEXT);
        float[][] cross = t.decoding().layers().getLast().cross().weights()[0];
        JsonNode c = b.get("crossAttention");
        assertThat(c).hasSize(output.size());
        for (int j = 0; j < cross.length; j++) {
            assertThat(c.get(j)).hasSize(TEXT.length());
            for (int s = 0; s < cross[j].length; s++) {
                assertThat((float) c.get(j).get(s).asDouble()).isEqualTo(cross[j][s]);
            }
        }
    }

    @Test
    void attention_rows_sum_to_one_and_self_attention_is_zero_above_the_diagonal() throws Exception {
        for (int layer = 0; layer < MODEL.shape().decoderLayers(); layer++) {
            for (int head = 0; head < MODEL.shape().heads(); head++) {
                JsonNode b = get("/api/v1/seq2seq?layer=" + layer + "&head=" + head + "&text=" + enc("the 31st of december 1999")).body();
                assertThat(b.get("text").asString()).isEqualTo("1999-12-31");
                for (String name : new String[] {"crossAttention", "selfAttention"}) {
                    JsonNode w = b.get(name);
                    for (int i = 0; i < w.size(); i++) {
                        double sum = 0;
                        for (int j = 0; j < w.get(i).size(); j++) {
                            double x = w.get(i).get(j).asDouble();
                            sum += x;
                            if (name.equals("selfAttention") && j > i) {
                                assertThat(x).as("%s above the diagonal", name).isZero();
                            }
                        }
                        assertThat(sum).as("%s row %d", name, i).isCloseTo(1, within(FLOAT_ROW_TOLERANCE));
                    }
                }
            }
        }
    }

    @Test
    void anything_within_the_limit_gets_an_answer_and_unknown_characters_are_id_zero() throws Exception {
        Answer a = get("/api/v1/seq2seq?text=" + enc("hello 🐋"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("source")).hasSize(7);
        assertThat(a.body().get("source").get(6).get("text").asString()).isEqualTo("🐋");
        assertThat(a.body().get("source").get(6).get("id").asInt()).isZero();
        assertThat(a.body().get("output").size()).isBetween(1, Seq2SeqTransformer.MAX_OUTPUT);
    }

    @Test
    void every_bad_input_is_a_400_with_one_sentence() throws Exception {
        String text = "&text=" + enc(TEXT);
        Map<String, String> bad = Map.ofEntries(
                Map.entry("/api/v1/seq2seq", "\"text\" is missing"),
                Map.entry("/api/v1/seq2seq?text=", "empty"),
                Map.entry("/api/v1/seq2seq?text=%20", "empty"),
                Map.entry("/api/v1/seq2seq?text=" + enc("1".repeat(Seq2SeqTransformer.MAX_SOURCE + 1)),
                        "at most " + Seq2SeqTransformer.MAX_SOURCE),
                Map.entry("/api/v1/seq2seq?layer=" + MODEL.shape().decoderLayers() + text, "layer"),
                Map.entry("/api/v1/seq2seq?layer=-1" + text, "layer"),
                Map.entry("/api/v1/seq2seq?layer=top" + text, "whole number"),
                Map.entry("/api/v1/seq2seq?head=" + MODEL.shape().heads() + text, "head"),
                Map.entry("/api/v1/seq2seq?head=0.5" + text, "whole number"));
        for (var e : bad.entrySet()) {
            Answer a = get(e.getKey());
            assertThat(a.status()).as(e.getKey()).isEqualTo(400);
            assertThat(a.contentType()).as(e.getKey()).isEqualToIgnoringCase("application/json;charset=UTF-8");
            assertThat(a.body().get("error").asString()).as(e.getKey()).contains(e.getValue()).endsWith(".")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void the_onnx_file_downloads_and_onnx_runtime_gives_the_same_logits() throws Exception {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/models/seq2seq.onnx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
        JsonNode b = get("/api/v1/seq2seq?text=" + enc(TEXT)).body();
        long[] source = new long[b.get("source").size()];
        for (int i = 0; i < source.length; i++) {
            source[i] = b.get("source").get(i).get("id").asLong();
        }
        JsonNode output = b.get("output");
        long[] target = new long[output.size()]; // <s> and every written token but the last
        target[0] = Seq2SeqVocabulary.START;
        for (int j = 1; j < target.length; j++) {
            target[j] = output.get(j - 1).get("id").asLong();
        }
        float[][] ours = MODEL.translate(TEXT).decoding().logits();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(file.body(), new OrtSession.SessionOptions());
             OnnxTensor s = OnnxTensor.createTensor(env, LongBuffer.wrap(source), new long[] {1, source.length});
             OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(target), new long[] {1, target.length});
             OrtSession.Result result = session.run(Map.of("source_ids", s, "target_ids", t))) {
            float[][] ort = ((float[][][]) result.get("logits").orElseThrow().getValue())[0]; // (O, V)
            assertThat(ort).hasNumberOfRows(target.length);
            for (int j = 0; j < ort.length; j++) {
                // the most likely token of each row is the token the API says was written
                int best = 0;
                for (int c = 1; c < ort[j].length; c++) {
                    best = ort[j][c] > ort[j][best] ? c : best;
                }
                assertThat(best).isEqualTo(output.get(j).get("id").asInt());
                for (int c = 0; c < ort[j].length; c++) {
                    assertThat((double) ort[j][c]).isCloseTo(ours[j][c], within(ONNX_TOLERANCE));
                }
            }
        }
        assertThat(Arrays.stream(source).allMatch(id -> id > 0)).isTrue();
    }
}
