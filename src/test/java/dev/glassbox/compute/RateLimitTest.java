package dev.glassbox.compute;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Per-key token buckets, on a clock the test moves by hand. */
class RateLimitTest {

    /** A clock that only moves when told to. */
    private static final class HandClock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void a_minutes_worth_is_allowed_at_once_then_the_next_waits_for_its_share_of_the_minute() {
        RateLimit limit = new RateLimit(6, clock);
        for (int i = 0; i < 6; i++) {
            assertThat(limit.take("10.0.0.1")).isZero();
        }
        // 6 a minute refill one every 10 s
        assertThat(limit.take("10.0.0.1")).isEqualTo(Duration.ofSeconds(10));

        clock.nanos += TimeUnit.SECONDS.toNanos(4);
        assertThat(limit.take("10.0.0.1")).isEqualTo(Duration.ofSeconds(6));
        clock.nanos += TimeUnit.SECONDS.toNanos(6);
        assertThat(limit.take("10.0.0.1")).isZero();
        assertThat(limit.take("10.0.0.1")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void each_key_has_its_own_bucket() {
        RateLimit limit = new RateLimit(1, clock);
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(60));
        assertThat(limit.take("b")).isZero();
    }

    @Test
    void a_wait_below_a_second_is_given_as_one_second() {
        RateLimit limit = new RateLimit(600, clock); // one every 100 ms
        for (int i = 0; i < 600; i++) {
            assertThat(limit.take("k")).isZero();
        }
        assertThat(limit.take("k")).isEqualTo(Duration.ofSeconds(1));
    }
}
