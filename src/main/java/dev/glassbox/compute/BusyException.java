package dev.glassbox.compute;

import dev.glassbox.model.lesson.LessonText;

/** A model run was not done: every thread and place in the queue was taken, or the run passed its time limit. */
public final class BusyException extends RuntimeException {

    /** What a learner reads. */
    public static final String SENTENCE = LessonText.of("common").plain("busy");

    private final long retryAfterSeconds;

    BusyException(long retryAfterSeconds) {
        super(SENTENCE, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** How long to wait before trying again, in whole seconds. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
