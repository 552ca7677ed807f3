package dev.glassbox.model.oop;

import java.util.List;

/**
 * One checked exercise: a task in plain words, the code the learner starts from, a reference solution, hints, and a
 * Python check. The check runs in the learner's browser after the learner's code, in the same namespace; a failing
 * {@code assert} says, in its message, what is still missing. The server never runs any of it. {@code id} names the
 * exercise's folder and text sections ({@code exercise-<n>}); title, task and hints are the plain text of those
 * sections.
 */
public record Exercise(String id, String title, String task, String starter, String solution, String check,
        List<String> hints) {

    public Exercise {
        hints = List.copyOf(hints);
    }
}
