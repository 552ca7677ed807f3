package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/encoder} and {@code /api/v1/attention} over real HTTP, against the API contract. */
class EncoderApiIT extends ApiTest {

    /** Float32 rows of softmax weights sum to 1 within this. */
    private static final double ROW_SUM = 1e-5;

    @Test
    void attention_rows_sum_to_one_and_tokens_include_cls_and_sep() throws Exception {
        Answer a = get("/api/v1/attention?text=" + enc("The cat sat on the mat.") + "&layer=5&head=11");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("layer").asInt()).isEqualTo(5);
        assertThat(a.body().get("head").asInt()).isEqualTo(11);
        JsonNode tokens = a.body().get("tokens");
        assertThat(tokens).hasSize(9);
        assertThat(tokens.get(0).get("text").asString()).isEqualTo("[CLS]");
        assertThat(tokens.get(0).get("id").asInt()).isEqualTo(101);
        assertThat(tokens.get(8).get("text").asString()).isEqualTo("[SEP]");
        JsonNode weights = a.body().get("weights");
        assertThat(weights).hasSize(9);
        for (JsonNode row : weights) {
            assertThat(row).hasSize(9);
            double sum = 0;
            for (JsonNode w : row) {
                sum += w.asDouble();
            }
            assertThat(sum).isCloseTo(1.0, within(ROW_SUM));
        }
    }

    @Test
    void the_encoder_returns_every_token_vector_and_a_unit_sentence_embedding() throws Exception {
        Answer a = get("/api/v1/encoder?text=" + enc("Call me Ishmael."));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("model").asString()).isEqualTo("all-MiniLM-L6-v2");
        int n = a.body().get("tokens").size();
        assertThat(a.body().get("lastHiddenState")).hasSize(n);
        assertThat(a.body().get("lastHiddenState").get(0)).hasSize(384);
        double length = 0;
        for (JsonNode x : a.body().get("sentenceEmbedding")) {
            length += x.asDouble() * x.asDouble();
        }
        assertThat(a.body().get("sentenceEmbedding")).hasSize(384);
        assertThat(Math.sqrt(length)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void out_of_range_layer_or_head_and_empty_text_are_400s_with_one_sentence() throws Exception {
        Answer layer = get("/api/v1/attention?text=Hi&layer=6&head=0");
        assertThat(layer.status()).isEqualTo(400);
        assertThat(layer.body().get("error").asString()).isEqualTo("The layer must be a whole number from 0 to 5.");
        Answer head = get("/api/v1/attention?text=Hi&layer=0&head=-1");
        assertThat(head.status()).isEqualTo(400);
        assertThat(head.body().get("error").asString()).isEqualTo("The head must be a whole number from 0 to 11.");
        Answer words = get("/api/v1/attention?text=Hi&layer=two&head=0");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.body().get("error").asString()).contains("layer");
        Answer empty = get("/api/v1/encoder?text=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("error").asString()).contains("empty");
    }

    @Test
    void an_over_long_text_is_cut_to_128_tokens_with_a_note() throws Exception {
        Answer a = get("/api/v1/attention?text=" + enc("a ".repeat(200)) + "&layer=0&head=0");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("tokens")).hasSize(128);
        assertThat(a.body().get("tokens").get(127).get("text").asString()).isEqualTo("[SEP]");
        assertThat(a.body().get("truncated").asBoolean()).isTrue();
        assertThat(a.body().get("note").asString()).contains("202 tokens");
    }
}
