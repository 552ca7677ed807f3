package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Why a decoder draws instead of always taking the most likely character: the greedy continuation of the learner's
 * prompt, written on demand (it fills in as the view writes it), whether it loops, and links to try other settings.
 */
final class GenerateWhy extends Div {

    /** How many characters the greedy continuation writes. */
    static final int GREEDY_STEPS = 120;
    /** The settings the "Try this" links open: name, τ, k, p, characters written. */
    private record Try(String name, double temperature, int topK, double topP, int steps) {
    }

    /** The links' names are sections {@code try-<name>} of the lesson file. */
    private static final List<Try> TRIES = List.of(
            new Try("greedy", 0, 0, 1, GREEDY_STEPS),
            new Try("half", 0.5, 0, 1, 80), new Try("one", 1, 0, 1, 80),
            new Try("two", 2, 0, 1, 80), new Try("top-k-one", 1, 1, 1, 80),
            new Try("top-k-five", 1, 5, 1, 80), new Try("top-p-half", 1, 0, 0.5, 80));

    private final Fold greedy = new Fold(GenerateState.GREEDY, Texts.generate("greedy-fold"));
    private final Div content = new Div();
    private final Paragraph text = new Paragraph();
    private final Paragraph loop = new Paragraph();
    private final Div tries = new Div();

    GenerateWhy(Consumer<Boolean> toggled) {
        setId("why");
        text.setId("greedy-text");
        text.addClassName("gb-gen-text");
        loop.setId("greedy-loop");
        tries.setId("tries");
        tries.addClassName("gb-tries");
        content.add(new Prose("generate", "greedy", Map.of("steps", GREEDY_STEPS)), text, loop);
        greedy.onToggle(toggled);
        add(new H2(Texts.generate("why-title")), new Prose("generate", "why"), greedy,
                new H2(Texts.generate("try-title")), new Prose("generate", "try"), tries);
    }

    /** The fold as the link has it, and the try links for this prompt and seed. */
    void show(GenerateState state) {
        greedy.show(state.folds().isOpen(GenerateState.GREEDY), () -> content);
        tries.removeAll();
        for (Try t : TRIES) {
            GenerateState s = state.withSampling(new Sampling(t.temperature(), t.topK(), t.topP())).withSteps(t.steps());
            tries.add(new Anchor(Query.href("generate", s.toQuery()), Texts.generate("try-" + t.name(), "n", t.steps())));
        }
    }

    /** The greedy text so far: the prompt, then what greedy decoding wrote, then whether it loops. */
    void greedy(String prompt, List<String> written) {
        text.removeAll();
        Span p = new Span(prompt);
        p.addClassName("gb-gen-prompt");
        text.add(p, new Span(String.join("", written)));
        loop.setText(written.size() < GREEDY_STEPS ? Texts.generate("greedy-writing", "n", written.size(), "max", GREEDY_STEPS)
                : GenerateSentences.repeat(written));
    }
}
