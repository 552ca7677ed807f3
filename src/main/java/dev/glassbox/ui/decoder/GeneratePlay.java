package dev.glassbox.ui.decoder;

/**
 * Play in progress: it writes characters {@code from + 1} … {@code to} at a pace a learner can follow — at least
 * {@value #MIN_RATE} characters a second, faster for long runs so that none takes much more than {@value #SECONDS}
 * seconds (unless the model itself is slower).
 *
 * @param started {@link System#nanoTime()} when Play was pressed
 */
record GeneratePlay(int from, int to, long started) {

    static final double MIN_RATE = 12;
    static final double SECONDS = 6;

    /** How many characters should be written by {@code now}: the first one at once, then at the pace. */
    int due(long now) {
        double rate = Math.max(MIN_RATE, (to - from) / SECONDS);
        double elapsed = (now - started) / 1e9;
        return (int) Math.min(to, from + 1 + Math.floor(elapsed * rate));
    }
}
