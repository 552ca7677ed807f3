package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/lstm} over real HTTP, checked against the contract in API.md. */
class LstmApiIT extends ApiTest {

    @Test
    void lstm_steps_have_the_contract_shape_and_full_precision() throws Exception {
        Answer a = get("/api/v1/lstm?text=" + enc("Call me"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("model").asString()).isEqualTo(CharLstm.trained().name());
        assertThat(a.body().get("unit").asString()).isEqualTo("char");
        JsonNode steps = a.body().get("steps");
        assertThat(steps).hasSize(7);
        assertThat(steps.get(4).get("token").asString()).isEqualTo(" ");
        int hidden = CharLstm.trained().weights().hiddenSize();
        for (String key : new String[] {"f", "i", "g", "o", "c", "h"}) {
            assertThat(steps.get(0).get(key)).as(key).hasSize(hidden);
        }
        // The same numbers as the model, unrounded.
        LstmStep last = CharLstm.trained().read("Call me", WhatIf.NONE).step(6);
        assertThat(steps.get(6).get("c").get(5).asDouble()).isEqualTo(last.c()[5]);
        assertThat(steps.get(6).get("h").get(0).asDouble()).isEqualTo(last.h()[0]);
        for (JsonNode f : steps.get(3).get("f")) {
            assertThat(f.asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void characters_outside_the_vocabulary_are_steps_marked_unknown() throws Exception {
        Answer a = get("/api/v1/lstm?text=" + enc("é🐋"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("steps")).hasSize(2);
        assertThat(a.body().get("steps").get(1).get("token").asString()).isEqualTo("🐋");
        assertThat(a.body().get("steps").get(1).get("unknown").asBoolean()).isTrue();
    }

    @Test
    void bad_input_is_a_400_with_one_sentence() throws Exception {
        Answer missing = get("/api/v1/lstm");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("error").asString()).isEqualTo("The parameter \"text\" is missing.");
        Answer tooLong = get("/api/v1/lstm?text=" + "a".repeat(501));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("error").asString()).contains("at most 500");
        assertThat(get("/api/v1/lstm?text=%20").status()).isEqualTo(400);
    }
}
