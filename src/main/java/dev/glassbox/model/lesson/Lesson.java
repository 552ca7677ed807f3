package dev.glassbox.model.lesson;

import java.util.List;

/**
 * A teacher's lesson: a title and an ordered list of steps, each a Glassbox view with a note. The lesson lives only
 * in its link ({@link LessonLink}) or in a small JSON file ({@link LessonFile}); nothing is stored on the server.
 */
public record Lesson(String title, List<LessonStep> steps) {

    /** At most this many steps. */
    public static final int MAX_STEPS = 30;
    /** A lesson's or a step's title has at most this many characters. */
    public static final int MAX_TITLE = 120;
    /** The title a lesson gets when it has none. */
    public static final String UNTITLED = "A lesson";

    public Lesson {
        title = LessonStep.clip(title == null || title.isBlank() ? UNTITLED : title.strip(), MAX_TITLE);
        steps = List.copyOf(steps);
        if (steps.size() > MAX_STEPS) {
            throw new LessonProblem("problem-steps", java.util.Map.of("max", MAX_STEPS));
        }
    }
}
