package dev.glassbox.model.live;

import java.time.Duration;

/**
 * The bounds of live classes on one server: a class ends after {@code idle} without activity; at most
 * {@code maxStudents} join one class and {@code maxClasses} run at once; one address may try to join at most
 * {@code joinsPerMinute} times a minute, and a wrong code answers only after {@code wrongCodeDelay}.
 */
public record ClassLimits(Duration idle, int maxStudents, int maxClasses, int joinsPerMinute, Duration wrongCodeDelay) {

    /** The defaults (also in {@code application.properties} under {@code glassbox.class.*}). */
    public static final ClassLimits DEFAULTS = new ClassLimits(Duration.ofHours(3), 100, 50, 60, Duration.ofSeconds(1));

    public ClassLimits {
        if (idle.isNegative() || idle.isZero() || maxStudents < 1 || maxClasses < 1 || joinsPerMinute < 1
                || wrongCodeDelay.isNegative()) {
            throw new IllegalArgumentException("Class limits must be positive.");
        }
    }
}
