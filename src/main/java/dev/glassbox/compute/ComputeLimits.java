package dev.glassbox.compute;

import java.time.Duration;

/**
 * The size of the {@link Compute} executor: {@code threads} model runs at once ({@code 0} = one per processor),
 * {@code queue} more waiting, each given at most {@code timeLimit} from the moment it is asked for, and the wait a
 * refused caller is told before it tries again.
 */
public record ComputeLimits(int threads, int queue, Duration timeLimit, Duration retryAfter) {

    public ComputeLimits {
        if (threads < 0 || queue < 0) {
            throw new IllegalArgumentException("threads and queue must not be negative");
        }
        if (timeLimit.isNegative() || timeLimit.isZero() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("the time limit must be positive and the retry wait not negative");
        }
        if (threads == 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
    }

    /** The retry wait in whole seconds, at least 1 (as a {@code Retry-After} header gives it). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
