package dev.glassbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A teacher who embeds lessons in the school's learning platform names its origin in one property. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"server.address=127.0.0.1",
        "glassbox.http.frame-ancestors='self' https://lms.example.org"})
class EmbeddedLessonsIT {

    @LocalServerPort
    int port;

    @Test
    void the_learning_platform_may_frame_a_lesson_and_no_older_header_contradicts_it() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tokens")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(p -> assertThat(p).endsWith("; frame-ancestors 'self' https://lms.example.org"));
        // Vaadin sends X-Frame-Options: SAMEORIGIN on its pages; it would forbid the platform in older browsers.
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
    }
}
