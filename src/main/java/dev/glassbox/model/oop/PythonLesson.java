package dev.glassbox.model.oop;

import java.util.List;

/**
 * One Python lesson: its example program and its exercises. Task 0 is the example; task {@code i ≥ 1} is
 * exercise {@code i}.
 */
public record PythonLesson(String slug, String title, String example, List<Exercise> exercises) {

    public PythonLesson {
        exercises = List.copyOf(exercises);
    }

    /** How many tasks the lesson has: the example and each exercise. */
    public int tasks() {
        return 1 + exercises.size();
    }

    /** The code task {@code task} starts from. */
    public String starter(int task) {
        return task == 0 ? example : exercises.get(task - 1).starter();
    }

    /** The exercise of task {@code task} (≥ 1). */
    public Exercise exercise(int task) {
        return exercises.get(task - 1);
    }
}
