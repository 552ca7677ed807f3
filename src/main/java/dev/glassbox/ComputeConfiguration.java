package dev.glassbox;

import dev.glassbox.compute.Compute;
import dev.glassbox.compute.ComputeLimits;
import dev.glassbox.compute.RateLimit;
import dev.glassbox.compute.RateLimits;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one executor for every model run and the rate limits, sized from {@code glassbox.compute.*} and
 * {@code glassbox.limits.*}.
 */
@Configuration(proxyBeanMethods = false)
class ComputeConfiguration {

    @Bean(destroyMethod = "close")
    Compute compute(@Value("${glassbox.compute.threads:0}") int threads,
            @Value("${glassbox.compute.queue:64}") int queue,
            @Value("${glassbox.compute.time-limit:20s}") Duration timeLimit,
            @Value("${glassbox.compute.retry-after:2s}") Duration retryAfter) {
        return new Compute(new ComputeLimits(threads, queue, timeLimit, retryAfter));
    }

    @Bean
    RateLimits rateLimits(@Value("${glassbox.limits.api-per-minute:600}") int apiPerMinute,
            @Value("${glassbox.limits.sentences-per-minute:30}") int sentencesPerMinute) {
        return new RateLimits(new RateLimit(apiPerMinute), new RateLimit(sentencesPerMinute));
    }
}
