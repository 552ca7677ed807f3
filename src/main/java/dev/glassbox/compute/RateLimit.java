package dev.glassbox.compute;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code perMinute} actions a minute for each key (an address, a session), taken from a token bucket that
 * holds a minute's worth and refills evenly (Bucket4j); a burst of a whole minute's worth is allowed at once. Keeps
 * the {@value #KEYS} keys used most recently; a key forgotten starts again with a full bucket.
 */
public final class RateLimit {

    static final int KEYS = 10_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > KEYS;
        }
    };

    public RateLimit(int perMinute) {
        this(perMinute, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the clock {@code time} (tests move it by hand). */
    RateLimit(int perMinute, TimeMeter time) {
        this.time = time;
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one action a minute");
        }
        this.perMinute = perMinute;
    }

    public int perMinute() {
        return perMinute;
    }

    /**
     * Takes one action for {@code key}: zero when it is allowed now, otherwise how long to wait (rounded up to whole
     * seconds, at least 1) before the next one is.
     */
    public Duration take(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder().withCustomTimePrecision(time)
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Duration.ZERO;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
