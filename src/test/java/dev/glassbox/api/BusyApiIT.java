package dev.glassbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.compute.Compute;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With one model thread and no queue, a request that needs the model while another run holds the thread is answered
 * 503 with {@code Retry-After} and the contract's error shape; once the thread is free the same request is answered.
 */
@TestPropertySource(properties = {"glassbox.compute.threads=1", "glassbox.compute.queue=0",
        "glassbox.compute.retry-after=3s"})
class BusyApiIT extends ApiTest {

    @Autowired
    Compute compute;

    @Test
    void a_full_executor_answers_503_with_retry_after_then_200_once_the_slow_run_is_done() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> compute.run(() -> {
            started.countDown();
            release.await();
            return "slow run done";
        }));
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        String path = "/api/v1/lstm?text=" + enc("Call me");
        try {
            HttpResponse<String> busy = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("3");
            assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).isEqualToIgnoringCase("application/json;charset=UTF-8"));
            assertThat(busy.body()).isEqualTo("{\"error\":\"The server is busy; please try again in 3 s.\"}");

            for (String other : new String[] {"/api/v1/decoder?text=Hi", "/api/v1/generate?text=Hi&steps=3",
                    "/api/v1/seq2seq?text=" + enc("9 May 2018"), "/api/v1/zscores?values=1,2,3"}) {
                assertThat(status(other)).as(other).isEqualTo(503);
            }
            assertThat(status("/api/v1/tokens?text=Hi")).as("no model run").isEqualTo(200);
        } finally {
            release.countDown();
        }
        assertThat(slow.get(1, TimeUnit.MINUTES)).isEqualTo("slow run done");
        while (!compute.hasRoom()) {
            Thread.onSpinWait(); // the slow run's thread is handed back just after its result
        }
        Answer after = get(path);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body().get("steps")).hasSize(7);
    }
}
