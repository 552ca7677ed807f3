package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.glassbox.compute.BusyException;
import dev.glassbox.compute.Compute;
import dev.glassbox.compute.ComputeLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BusyErrorsTest {

    @Test
    void a_refused_model_run_is_recognised_however_deeply_it_is_wrapped() {
        BusyException busy;
        // A run that sleeps a minute under a 1 ms time limit is always refused.
        try (Compute compute = new Compute(new ComputeLimits(1, 0, Duration.ofMillis(1), Duration.ofSeconds(1)))) {
            busy = catchThrowableOfType(BusyException.class, () -> compute.run(() -> {
                Thread.sleep(60_000);
                return 0;
            }));
        }
        assertThat(BusyErrors.busy(busy)).isTrue();
        assertThat(BusyErrors.busy(new RuntimeException(new IllegalStateException(busy)))).isTrue();
        assertThat(BusyErrors.busy(new IllegalStateException("something else"))).isFalse();
        assertThat(BusyErrors.busy(null)).isFalse();
    }
}
