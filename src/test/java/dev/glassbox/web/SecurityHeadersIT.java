package dev.glassbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of answer — a page, a static file, the data API, an API error and an error page — carries the security
 * headers and no {@code Server} header; error pages show an error id and no stack trace; oversized requests are
 * refused. Expected values are the ones {@link SecurityHeaders} and application.properties document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One answer of each kind (the path, and what its answer is). */
    private static final List<String> ANSWERS = List.of("/", "/frontend/base.js", "/pyodide/pyodide.mjs",
            "/api/v1/tokens?text=hi&tokenizer=bpe", "/api/v1/tokens", "/api/v1/nothing-here", "/VAADIN/missing.js",
            "/actuator/health");

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_kind_of_answer_carries_the_security_headers_and_no_server_header() throws Exception {
        for (String path : ANSWERS) {
            HttpResponse<String> answer = get(path);
            var headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.POLICY
                    + "; frame-ancestors 'self'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
        }
    }

    @Test
    void the_policy_allows_only_this_origin_and_what_vaadin_and_pyodide_need() {
        String policy = SecurityHeaders.POLICY;
        assertThat(policy).contains("default-src 'self'", "'wasm-unsafe-eval'", "object-src 'none'", "frame-src 'self'",
                "connect-src 'self'", "worker-src 'self'");
        // Nothing from another origin: no scheme-wide or wildcard source besides data: and blob: for images and fonts.
        assertThat(policy).doesNotContain("http:", "https:", "*", "ws:", "wss:");
    }

    @Test
    void an_error_page_shows_an_error_id_and_no_stack_trace() throws Exception {
        HttpResponse<String> answer = get("/VAADIN/missing.js");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body()).containsPattern("There is no such page here \\(error id [0-9a-f]{8}\\)\\.")
                .doesNotContain("Exception", "at org.", "at dev.", "Tomcat");
    }

    @Test
    void api_errors_keep_their_json_shape() throws Exception {
        HttpResponse<String> missing = get("/api/v1/tokens");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"error\":\"The parameter \\\"text\\\" is missing.\"}");
    }

    @Test
    void a_request_body_over_one_megabyte_is_refused() throws Exception {
        byte[] body = new byte[1_048_577];
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).containsPattern("larger than this server accepts \\(error id [0-9a-f]{8}\\)");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).matches("\\{\"error\":\"The request was larger than this server accepts \\(error id [0-9a-f]{8}\\)\\.\"}");
    }

    @Test
    void headers_longer_than_32_kilobytes_are_refused_but_a_long_lesson_link_fits() throws Exception {
        // The longest lesson link the app reads (LessonLink.MAX_LINK = 20,000 characters) must still reach it.
        assertThat(get("/lesson?l=v1." + "A".repeat(20_000)).statusCode()).isEqualTo(200);
        assertThat(rawStatusLine("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n")).matches("HTTP/1.1 (400|431).*");
    }

    /** Sends a request as raw bytes (HttpClient refuses some oversized ones itself) and reads the status line. */
    private String rawStatusLine(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
