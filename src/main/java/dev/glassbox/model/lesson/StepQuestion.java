package dev.glassbox.model.lesson;

import java.util.List;

/**
 * The question a lesson step asks, if any: none, one of the view's own predict-then-check questions (its answer
 * computed by the view for the learner's input; see {@link ViewQuestions}), or the teacher's own multiple-choice
 * question, whose correct choice the teacher set.
 */
public sealed interface StepQuestion {

    /** No question. */
    StepQuestion NONE = new None();

    record None() implements StepQuestion {
    }

    /** One of the view's questions, by its id (the element {@code question-<id>} on the view's page). */
    record FromView(String id) implements StepQuestion {

        public FromView {
            if (id == null || !LessonStep.CONTROL_ID.matcher(id).matches()) {
                throw new LessonProblem("problem-question-id");
            }
        }
    }

    /** The teacher's multiple-choice question: a prompt, two to five choices, and the index of the correct one. */
    record OwnChoice(String prompt, List<String> choices, int correct) implements StepQuestion {

        public static final int MAX_PROMPT = 300;
        public static final int MAX_CHOICE = 200;
        public static final int MIN_CHOICES = 2;
        public static final int MAX_CHOICES = 5;

        public OwnChoice {
            if (prompt == null || prompt.isBlank()) {
                throw new LessonProblem("problem-question-wording");
            }
            prompt = LessonStep.clip(prompt.strip(), MAX_PROMPT);
            choices = choices.stream().filter(c -> c != null && !c.isBlank())
                    .map(c -> LessonStep.clip(c.strip(), MAX_CHOICE)).toList();
            if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
                throw new LessonProblem("problem-choices", java.util.Map.of("min", MIN_CHOICES, "max", MAX_CHOICES));
            }
            if (correct < 0 || correct >= choices.size()) {
                throw new LessonProblem("problem-correct");
            }
        }

        /** The letter of choice {@code i}: A, B, C, … */
        public static String letter(int i) {
            return String.valueOf((char) ('A' + i));
        }
    }
}
