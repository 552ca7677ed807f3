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

    private static final Map<String, List<Entry>> BY_ROUTE = Map.ofEntries(
            Map.entry("decoder", List.of(
                    new Entry("mask-above", "How much of a head's attention weight lies above the diagonal, on later "
                            + "characters?"),
                    new Entry("next-first", "Which character will the decoder rank first after your text?"))),
            Map.entry("generate", List.of(
                    new Entry("temperature-two", "Does temperature 2 make the most likely first character more or "
                            + "less likely?"),
                    new Entry("kept-count", "How many characters are left to draw from with your temperature, top-k "
                            + "and top-p?"))),
            Map.entry("lstm", List.of(
                    new Entry("closed-gate", "Which gate is the most closed at the last character?"),
                    new Entry("forget-zero", "What would the cell state c_t be if the forget gate were 0?"))),
            Map.entry("zscores", List.of(
                    new Entry("above-one", "Is your highest value's z-score above 1?"),
                    new Entry("percentile", "What percentage of a normal population lies below your lowest value?"))),
            Map.entry("normal", List.of(
                    new Entry("half", "Is P(a ≤ X ≤ b) more than one half?"),
                    new Entry("area", "What is the area P(a ≤ X ≤ b)?"))));

    private ViewQuestions() {
    }

    /** The questions the view at {@code route} (e.g. {@code "attention"}, no leading slash) asks, in page order. */
    public static List<Entry> of(String route) {
        return BY_ROUTE.getOrDefault(route, List.of());
    }
}
