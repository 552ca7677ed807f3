package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The data API over real HTTP, checked against the API contract. */
class ApiIT extends ApiTest {

    @Test
    void word_tokens_have_the_contract_shape() throws Exception {
        Answer a = get("/api/v1/tokens?text=Hello%20world&tokenizer=word");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("tokenizer").asString()).isEqualTo("word");
        assertThat(a.body().get("tokens")).hasSize(2);
        assertThat(a.body().get("tokens").get(0).get("text").asString()).isEqualTo("Hello");
        assertThat(a.body().get("tokens").get(0).has("id")).isTrue();
        assertThat(a.body().get("tokens").get(0).get("id").isNull()).isTrue();
        assertThat(a.body().get("tokens").get(1).get("start").asInt()).isEqualTo(6);
    }

    @Test
    void a_missing_text_is_a_400_with_one_sentence() throws Exception {
        Answer a = get("/api/v1/tokens");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("error").asString()).isEqualTo("The parameter \"text\" is missing.");
    }

    @Test
    void bad_input_is_a_400_with_one_sentence() throws Exception {
        assertThat(get("/api/v1/tokens?text=" + enc("a".repeat(600))).body().get("error").asString()).contains("at most 500");
        assertThat(get("/api/v1/tokens?text=%20%20").status()).isEqualTo(400);
        Answer unknown = get("/api/v1/tokens?text=hi&tokenizer=" + enc("<b>x</b>"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("error").asString()).startsWith("There is no tokenizer called");
    }

    @Test
    void hostile_text_comes_back_as_plain_json_strings() throws Exception {
        Answer a = get("/api/v1/tokens?tokenizer=word&text=" + enc("<script>alert(1)</script>"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("tokens").get(0).get("text").asString()).isEqualTo("<");
    }

    @Test
    void an_unknown_endpoint_answers_in_the_same_shape() throws Exception {
        Answer a = get("/api/v1/nothing-here");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body().get("error").asString()).isNotBlank();
    }

    @Test
    void only_health_is_exposed() throws Exception {
        assertThat(get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
        assertThat(status("/actuator/env")).isIn(404, 403);
    }
}
