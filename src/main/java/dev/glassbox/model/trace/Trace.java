package dev.glassbox.model.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** The ordered steps of one computation. Step ids are unique and inputs always name earlier steps. */
public record Trace(List<Step> steps) {
    public Trace {
        steps = List.copyOf(steps);
        Set<String> seen = new HashSet<>();
        for (Step step : steps) {
            for (String input : step.inputs()) {
                if (!seen.contains(input)) {
                    throw new IllegalArgumentException("step " + step.id() + " reads " + input + ", which does not come before it");
                }
            }
            if (!seen.add(step.id())) {
                throw new IllegalArgumentException("duplicate step id " + step.id());
            }
        }
    }

    public Optional<Step> find(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Step step(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no step " + id));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects steps in the order a computation produces them. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        public Builder add(Step step) {
            steps.add(step);
            return this;
        }

        public Builder add(String id, String title, String equation, String explanation, List<String> inputs, Value value) {
            return add(new Step(id, title, equation, explanation, inputs, value));
        }

        public Trace build() {
            return new Trace(steps);
        }
    }
}
