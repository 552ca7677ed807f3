package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Beyond the per-address limit the API answers 429 with {@code Retry-After} and one sentence; pages are not limited. */
@TestPropertySource(properties = "glassbox.limits.api-per-minute=4")
class RateLimitApiIT extends ApiTest {

    @Test
    void the_fifth_request_in_a_minute_from_one_address_is_answered_429_with_retry_after() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(status("/api/v1/normal?mean=0&sd=1&a=-1&b=1")).as("request " + (i + 1)).isEqualTo(200);
        }
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/tokens?text=Hi")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        // 4 a minute refill one every 15 s: the wait is between 1 and 15 s.
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).isEqualToIgnoringCase("application/json;charset=UTF-8"));
        Answer body = get("/api/v1/tokens?text=Hi");
        assertThat(body.status()).isEqualTo(429);
        assertThat(body.body().get("error").asString())
                .startsWith("Too many requests from your address: the data API answers at most 4 a minute.");

        assertThat(status("/")).as("the lessons themselves are not limited per address").isEqualTo(200);
    }
}
