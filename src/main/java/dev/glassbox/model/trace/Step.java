package dev.glassbox.model.trace;

import java.util.List;
import java.util.Objects;

/**
 * One intermediate value of a computation.
 *
 * @param id          stable identifier, a constant of the computation (e.g. {@code "split"})
 * @param title       short name shown to the learner
 * @param equation    what the step computes, in Unicode notation (e.g. {@code z = (x − μ) / σ}); "" when none
 * @param explanation one or two plain-language sentences
 * @param inputs      ids of the earlier steps this one reads
 * @param value       the computed value
 */
public record Step(String id, String title, String equation, String explanation, List<String> inputs, Value value) {
    public Step {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(equation);
        Objects.requireNonNull(explanation);
        Objects.requireNonNull(value);
        inputs = List.copyOf(inputs);
    }
}
