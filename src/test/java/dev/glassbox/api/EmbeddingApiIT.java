package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/embedding} over real HTTP, against the API contract. The cosine of king and queen (0.750769) was computed in
 * float64 with NumPy from the source package's JSON; float16 storage keeps it within 10⁻³.
 */
class EmbeddingApiIT extends ApiTest {

    static final double STORED = 1e-3;

    @Test
    void a_word_has_its_vector_and_ten_neighbours_by_default() throws Exception {
        Answer a = get("/api/v1/embedding?word=King");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("word").asString()).isEqualTo("king");
        assertThat(a.body().get("dimensions").asInt()).isEqualTo(100);
        assertThat(a.body().get("vector")).hasSize(100);
        assertThat(a.body().get("vector").get(0).isNumber()).isTrue();
        // source value -0.32307, stored as float16
        assertThat(a.body().get("vector").get(0).asDouble()).isCloseTo(-0.32307, within(-0.32307 * -Math.scalb(1.0, -11)));
        JsonNode nb = a.body().get("neighbours");
        assertThat(nb).hasSize(10);
        assertThat(nb.get(0).get("word").asString()).isEqualTo("prince");
        assertThat(nb.get(1).get("word").asString()).isEqualTo("queen");
        assertThat(nb.get(1).get("cosine").asDouble()).isCloseTo(0.750769, within(STORED));
        for (int i = 1; i < nb.size(); i++) {
            assertThat(nb.get(i).get("cosine").asDouble()).isLessThanOrEqualTo(nb.get(i - 1).get("cosine").asDouble());
        }
    }

    @Test
    void k_chooses_how_many_neighbours_from_one_to_one_hundred() throws Exception {
        assertThat(get("/api/v1/embedding?word=cat&k=1").body().get("neighbours").get(0).get("word").asString()).isEqualTo("dog");
        assertThat(get("/api/v1/embedding?word=cat&k=100").body().get("neighbours")).hasSize(100);
        for (String k : new String[] {"0", "101", "-3", "abc", "1e3"}) {
            Answer a = get("/api/v1/embedding?word=cat&k=" + k);
            assertThat(a.status()).as("k=" + k).isEqualTo(400);
            assertThat(a.body().get("error").asString()).isNotBlank();
        }
        assertThat(get("/api/v1/embedding?word=cat&k=0").body().get("error").asString())
                .isEqualTo("The number of neighbours must be a whole number from 1 to 100.");
    }

    @Test
    void an_unknown_word_is_a_404_with_one_sentence() throws Exception {
        Answer a = get("/api/v1/embedding?word=glassboxification");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(a.body().get("error").asString())
                .isEqualTo("“glassboxification” is not one of the 50,000 most frequent GloVe words, so it has no vector here.");
        Answer hostile = get("/api/v1/embedding?word=" + enc("<script>alert(1)</script>"));
        assertThat(hostile.status()).isEqualTo(404);
        assertThat(hostile.body().get("error").asString()).contains("<script>alert(1)</script>");
        assertThat(get("/api/v1/embedding?word=12345678").status()).isEqualTo(404);
    }

    @Test
    void missing_empty_or_oversized_words_are_a_400() throws Exception {
        assertThat(get("/api/v1/embedding").body().get("error").asString()).isEqualTo("The parameter \"word\" is missing.");
        assertThat(get("/api/v1/embedding?word=").status()).isEqualTo(400);
        assertThat(get("/api/v1/embedding?word=%20%20").body().get("error").asString()).contains("empty");
        Answer two = get("/api/v1/embedding?word=" + enc("king queen"));
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body().get("error").asString()).isEqualTo("Please give one word at a time, without spaces.");
        Answer thousand = get("/api/v1/embedding?word=" + enc("word ".repeat(1000)));
        assertThat(thousand.status()).isEqualTo(400);
        assertThat(get("/api/v1/embedding?word=" + "a".repeat(60)).body().get("error").asString()).contains("at most 50");
    }
}
