package dev.glassbox.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executor every model run goes through: bounded, time-limited, and never losing a thread. */
class ComputeTest {

    /** Long enough that a test never waits for it to pass by accident. */
    private static final Duration NO_LIMIT = Duration.ofMinutes(5);

    private final CountDownLatch release = new CountDownLatch(1);
    private Compute compute;

    @AfterEach
    void close() {
        release.countDown();
        compute.close();
    }

    /** Starts a run on another thread that holds its compute thread until {@link #release} opens; waits until it runs. */
    private CompletableFuture<String> holdOneThread() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> compute.run(() -> {
            started.countDown();
            release.await();
            return "held";
        }));
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        return held;
    }

    @Test
    void a_run_returns_its_result_and_its_exceptions_unchanged() {
        compute = new Compute(new ComputeLimits(2, 2, NO_LIMIT, Duration.ofSeconds(2)));
        assertThat(compute.run(() -> 6 * 7)).isEqualTo(42);
        assertThatThrownBy(() -> compute.run(() -> {
            throw new IllegalArgumentException("bad input");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input");
    }

    @Test
    void a_full_executor_with_no_queue_refuses_at_once_and_says_when_to_try_again() throws Exception {
        compute = new Compute(new ComputeLimits(1, 0, NO_LIMIT, Duration.ofMillis(2500)));
        CompletableFuture<String> held = holdOneThread();

        assertThat(compute.hasRoom()).isFalse();
        assertThatThrownBy(() -> compute.run(() -> "second")).isInstanceOfSatisfying(BusyException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The server is busy — trying again in a moment.");
            assertThat(e.retryAfterSeconds()).isEqualTo(3); // 2.5 s rounded up to whole seconds
        });
        assertThat(compute.refused()).isEqualTo(1);

        release.countDown();
        assertThat(held.get(1, TimeUnit.MINUTES)).isEqualTo("held");
        assertThat(compute.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void a_run_waits_in_the_queue_while_there_is_room_and_the_next_one_is_refused() throws Exception {
        compute = new Compute(new ComputeLimits(1, 1, NO_LIMIT, Duration.ofSeconds(1)));
        CompletableFuture<String> held = holdOneThread();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> compute.run(() -> "queued"));
        while (compute.hasRoom()) {
            Thread.onSpinWait(); // until the queued run has taken the one place in the queue
        }
        assertThatThrownBy(() -> compute.run(() -> "third")).isInstanceOf(BusyException.class);

        release.countDown();
        assertThat(held.get(1, TimeUnit.MINUTES)).isEqualTo("held");
        assertThat(queued.get(1, TimeUnit.MINUTES)).isEqualTo("queued");
    }

    @Test
    void a_run_past_its_time_limit_is_interrupted_and_its_thread_is_free_again() throws Exception {
        compute = new Compute(new ComputeLimits(1, 0, Duration.ofMillis(200), Duration.ofSeconds(1)));
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> compute.run(() -> {
            try {
                new CountDownLatch(1).await(); // never opens: only the time limit ends this run
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never";
        })).isInstanceOf(BusyException.class);

        assertThat(interrupted.await(1, TimeUnit.MINUTES)).as("the run was interrupted").isTrue();
        assertThat(compute.timedOut()).isEqualTo(1);
        waitForRoom();
        assertThat(compute.run(() -> Thread.currentThread().isInterrupted())).as("the next run is not interrupted")
                .isFalse();
    }

    @Test
    void a_run_that_fails_frees_its_thread() {
        compute = new Compute(new ComputeLimits(1, 0, NO_LIMIT, Duration.ofSeconds(1)));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> compute.run(() -> {
                throw new OutOfMemoryError("pretend");
            })).isInstanceOf(OutOfMemoryError.class);
            waitForRoom();
        }
        assertThat(compute.run(() -> "still works")).isEqualTo("still works");
    }

    @Test
    void a_run_started_inside_a_run_is_done_on_the_same_thread() {
        compute = new Compute(new ComputeLimits(1, 0, NO_LIMIT, Duration.ofSeconds(1)));
        String names = compute.run(() -> Thread.currentThread().getName() + " "
                + compute.run(() -> Thread.currentThread().getName()));
        assertThat(names).isEqualTo("compute-1 compute-1");
    }

    @Test
    void zero_threads_means_one_per_processor() {
        compute = new Compute(new ComputeLimits(0, 0, NO_LIMIT, Duration.ofSeconds(1)));
        assertThat(compute.limits().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    /** A run's place is given back just after its result is handed over; wait for that moment (not a speed assert). */
    private void waitForRoom() {
        while (!compute.hasRoom()) {
            Thread.onSpinWait();
        }
    }
}
