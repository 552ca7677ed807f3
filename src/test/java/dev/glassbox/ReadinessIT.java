package dev.glassbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;

/**
 * The models load after the server has started, and the app says it is ready (the readiness probe of the Kubernetes
 * manifest) only once they have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "management.endpoint.health.probes.enabled=true"})
class ReadinessIT {

    /** The deferred beans, as they stood when the app first said it accepts traffic. */
    static final List<String> deferred = new CopyOnWriteArrayList<>();
    static final List<String> missingWhenReady = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class WatchReadiness {

        private final ConfigurableListableBeanFactory factory;

        WatchReadiness(ConfigurableListableBeanFactory factory) {
            this.factory = factory;
        }

        @EventListener
        void on(AvailabilityChangeEvent<?> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && deferred.isEmpty()) {
                Arrays.stream(factory.getBeanDefinitionNames())
                        .filter(name -> factory.getBeanDefinition(name).getAttribute(ModelConfiguration.AFTER_START) != null)
                        .forEach(name -> {
                            deferred.add(name);
                            if (!factory.containsSingleton(name)) {
                                missingWhenReady.add(name);
                            }
                        });
            }
        }
    }

    @LocalServerPort
    int port;

    @Test
    void the_models_and_what_uses_them_wait_until_the_server_has_started() {
        assertThat(deferred).contains("wordPieceTokenizer", "bytePairTokenizer", "gloveVectors", "charLstm",
                "charDecoder", "seq2seqTransformer", "lstmCard", "embeddingsCard", "lstmController");
    }

    @Test
    void ready_is_said_only_once_every_model_is_loaded() throws Exception {
        assertThat(deferred).isNotEmpty();
        assertThat(missingWhenReady).isEmpty();
        assertThat(get("/actuator/health/readiness")).isEqualTo(200);
        assertThat(get("/actuator/health/liveness")).isEqualTo(200);
    }

    private int get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
