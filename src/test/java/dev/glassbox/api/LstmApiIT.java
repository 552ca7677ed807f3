package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/lstm} over real HTTP, checked against the API contract. */
class LstmApiIT extends ApiTest {

    /** Summing 75 doubles that add up to 1 leaves rounding errors of order 1e-16 per term. */
    private static final double SUM_TOLERANCE = 1e-12;

    private static final CharLstm LSTM = CharLstm.load();

    @Test
    void lstm_steps_have_the_contract_shape_and_full_precision() throws Exception {
        Answer a = get("/api/v1/lstm?text=" + enc("Call me"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("model").asString()).isEqualTo(LSTM.name());
        assertThat(a.body().get("unit").asString()).isEqualTo("char");
        JsonNode steps = a.body().get("steps");
        assertThat(steps).hasSize(7);
        assertThat(steps.get(4).get("token").asString()).isEqualTo(" ");
        int hidden = LSTM.weights().hiddenSize();
        for (String key : new String[] {"f", "i", "g", "o", "c", "h"}) {
            assertThat(steps.get(0).get(key)).as(key).hasSize(hidden);
        }
        // The same numbers as the model, unrounded.
        LstmStep last = LSTM.read("Call me", WhatIf.NONE).step(6);
        assertThat(steps.get(6).get("c").get(5).asDouble()).isEqualTo(last.c()[5]);
        assertThat(steps.get(6).get("h").get(0).asDouble()).isEqualTo(last.h()[0]);
        for (JsonNode f : steps.get(3).get("f")) {
            assertThat(f.asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void every_step_has_next_character_probabilities_over_the_vocabulary() throws Exception {
        Answer a = get("/api/v1/lstm?text=" + enc("Call me"));
        JsonNode vocabulary = a.body().get("vocabulary");
        assertThat(vocabulary).hasSize(LSTM.vocabulary().size());
        assertThat(vocabulary.get(0).asString()).isEqualTo("\uFFFD");
        assertThat(vocabulary.get(LSTM.vocabulary().indexOf(' ')).asString()).isEqualTo(" ");
        LstmReading reading = LSTM.read("Call me", WhatIf.NONE);
        for (int t = 0; t < reading.size(); t++) {
            JsonNode p = a.body().get("steps").get(t).get("probabilities");
            assertThat(p).hasSize(vocabulary.size());
            double sum = 0;
            int best = 0;
            for (int k = 0; k < p.size(); k++) {
                assertThat(p.get(k).asDouble()).isBetween(0.0, 1.0).isEqualTo(reading.probabilities(t)[k]);
                sum += p.get(k).asDouble();
                best = p.get(k).asDouble() > p.get(best).asDouble() ? k : best;
            }
            assertThat(sum).isCloseTo(1.0, within(SUM_TOLERANCE));
            // The API's most likely next character is the one the lesson shows first.
            assertThat(vocabulary.get(best).asString()).isEqualTo(reading.top(t, 1).getFirst().character());
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
