package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/embedding} over real HTTP, against API.md. The cosine of king and queen (0.750769) was computed in
 * float64 with NumPy from the source package's JSON; float16 storage keeps it within 10⁻³.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class EmbeddingApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final double STORED = 1e-3;

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

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
