package dev.glassbox.compute;

/** The app's two rate limits: API requests per address, and new sentences per learner's session in the views. */
public record RateLimits(RateLimit api, RateLimit sentences) {
}
