package dev.glassbox.training;

/**
 * A learning-rate schedule: linear warm-up from {@code peak}/warmUp to {@code peak} over the first {@code warmUp}
 * updates, then cosine decay to {@code last} at the final update (Loshchilov &amp; Hutter 2017, without restarts).
 */
record WarmUpCosine(double peak, double last, int warmUp) {

    /** The rate of update {@code u} (0-based) of {@code updates}. */
    double at(long u, int updates) {
        if (u < warmUp) {
            return peak * (u + 1) / warmUp;
        }
        double progress = (u - warmUp) / (double) Math.max(1, updates - warmUp);
        return last + 0.5 * (peak - last) * (1 + Math.cos(Math.PI * progress));
    }
}
