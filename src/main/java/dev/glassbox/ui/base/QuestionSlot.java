package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The place in a section where a {@link Question} stands before its figures: a section adds the slot once, above the
 * figures, and on every rendering {@link #ask}s the question computed for the learner's input (or none, when the
 * input offers nothing to ask: the figures are then simply shown).
 */
public class QuestionSlot extends Div {

    private final List<Component> figures;

    /** A slot for the questions about {@code figures} (components of the same section, added after the slot). */
    public QuestionSlot(Component... figures) {
        this.figures = List.of(figures);
        addClassName("gb-question-slot");
    }

    /** Asks {@code question} (restoring its answer from {@code answers}), or shows the figures when there is none. */
    public void ask(Optional<Prediction> question, Answers answers, BiConsumer<Prediction, String> answered) {
        removeAll();
        if (question.isEmpty()) {
            figures.forEach(f -> f.setVisible(true));
            return;
        }
        add(new Question(question.get(), answers, answered, figures.toArray(Component[]::new)));
    }

    /** Removes the question (the figures keep their visibility until the next {@link #ask}). */
    public void clear() {
        removeAll();
    }
}
