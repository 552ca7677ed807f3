package dev.glassbox.model.lesson;

import java.util.List;
import java.util.Map;

/**
 * The predict-then-check questions each lesson view asks, listed by the view's route so that a lesson can point at
 * one of them. A question's wording here is general ("Which token does the query attend to most?"); its choices and
 * its correct answer are computed by the view from the model for the learner's own input. On the page the question's
 * element has the id {@code question-<id>}.
 */
public final class ViewQuestions {

    /** One question: its id (unique within its view) and its general wording. */
    public record Entry(String id, String prompt) {
    }

    private static final Map<String, List<Entry>> BY_ROUTE = Map.of();

    private ViewQuestions() {
    }

    /** The questions the view at {@code route} (e.g. {@code "attention"}, no leading slash) asks, in page order. */
    public static List<Entry> of(String route) {
        return BY_ROUTE.getOrDefault(route, List.of());
    }
}
