package dev.glassbox.model.live;

/** A request a live class refuses, with the one sentence the screen shows (not the teacher, class full, too many). */
public final class ClassRefusal extends RuntimeException {

    public ClassRefusal(String sentence) {
        super(sentence, null, false, false);
    }
}
