package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.embedding.ContextualEmbedding;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.ViewCompute;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Static vs contextual: one word in three sentences, its one GloVe vector against its three MiniLM vectors, with the
 * same sense in other words and two unrelated words as the baselines the one cosine needs.
 */
class ContextualSection extends Div {

    /** From this mean cosine between unrelated words on, the floor itself is called high. */
    private static final double ANISOTROPIC = 0.3;

    private final MiniLmLoader loader;
    private final TextField word = new TextField(EmbeddingsView.say("context-word"));
    private final TextField first = new TextField(EmbeddingsView.say("context-first"));
    private final TextField second = new TextField(EmbeddingsView.say("context-second"));
    private final TextField third = new TextField(EmbeddingsView.say("context-third"));
    private final Notice notice = new Notice("context-notice");
    private final Paragraph answer = new Paragraph();
    private final Fold steps = new Fold(EmbeddingsState.CONTEXT, EmbeddingsView.say("context-fold"));
    private EmbeddingsState shown;

    ContextualSection(MiniLmLoader loader, int dimensions, Consumer<EmbeddingsState.Context> go,
            BiConsumer<String, Boolean> toggled) {
        this.loader = loader;
        setId("contextual");
        word.setId("context-word");
        first.setId("context-first");
        second.setId("context-second");
        third.setId("context-third");
        for (TextField f : new TextField[] {first, second, third}) {
            f.setWidthFull();
        }
        answer.setId("context-answer");
        steps.onToggle(open -> toggled.accept(EmbeddingsState.CONTEXT, open));
        Button compare = new Button(EmbeddingsView.say("context-compare"), e -> {
            EmbeddingsState.Context next = new EmbeddingsState.Context(word.getValue().strip(), first.getValue(),
                    second.getValue(), third.getValue());
            try {
                check(next);
                go.accept(next);
            } catch (InvalidInputException ex) {
                clear();
                notice.show(ex.getMessage());
            }
        });
        compare.setId("context-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div controls = new Div(word, first, second, third, compare);
        controls.addClassName("gb-controls");
        compare.addClickShortcut(Key.ENTER).listenOn(controls);
        Map<String, Object> constants = Map.of("dimensions", dimensions, "model", MiniLmEncoder.NAME,
                "minilmDimensions", MiniLmEncoder.D_MODEL);
        add(new H2(EmbeddingsView.say("static-heading")), new Prose("embeddings", "static", constants),
                new H2(EmbeddingsView.say("contextual-heading")),
                new Prose("embeddings", "contextual", constants), controls, notice, answer, steps);
    }

    /** Shows the comparison the link asks for (waiting for the transformer if it is still loading). */
    void show(EmbeddingsState state) {
        shown = state;
        EmbeddingsState.Context c = state.context();
        word.setValue(c.word());
        first.setValue(c.first());
        second.setValue(c.second());
        third.setValue(c.third());
        render();
    }

    private void render() {
        clear();
        notice.clear();
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            WhenLoaded.poll(this, loader, answer::setText, this::render);
            return;
        }
        EmbeddingsState.Context c = shown.context();
        Language language = PageLanguage.current();
        try {
            ContextualEmbedding.Comparison r = ViewCompute.run(() -> ContextualEmbedding.compare(loader, encoder, c.word(),
                    c.first(), c.second(), c.third(), language));
            answer.setText(sentence(r));
            steps.setVisible(true);
            steps.show(shown.folds().isOpen(EmbeddingsState.CONTEXT), () -> {
                TraceView trace = new TraceView("context-step-");
                trace.setId("context-trace");
                trace.show(r.trace());
                return trace;
            });
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    /** What the numbers say, built from them: one sentence per case, chosen from the numbers. */
    static String sentence(ContextualEmbedding.Comparison r) {
        String s = EmbeddingsView.say("context-glove", "word", r.word(), "model", MiniLmEncoder.NAME,
                "cosine", Summaries.number(r.cosine()), "same", Summaries.number(r.sameSense()));
        if (r.pairs() > 0) {
            s += " " + EmbeddingsView.say(r.unrelated() >= ANISOTROPIC ? "context-floor-high" : "context-floor-low",
                    "unrelated", Summaries.number(r.unrelated()), "pairs", r.pairs());
        }
        return s + " " + EmbeddingsView.say(r.sameSense() > r.cosine() ? "context-apart" : "context-not-apart");
    }

    private void clear() {
        answer.setText("");
        steps.show(false, () -> null);
        steps.setVisible(false);
    }

    private static void check(EmbeddingsState.Context next) {
        LearnerText.require(next.first());
        LearnerText.require(next.second());
        LearnerText.require(next.third());
        if (next.word().isEmpty() || next.word().chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(EmbeddingsView.say("context-one-word"));
        }
    }
}
