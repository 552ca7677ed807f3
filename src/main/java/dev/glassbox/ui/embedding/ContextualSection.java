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
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Notice;
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
    private final TextField word = new TextField("Word");
    private final TextField first = new TextField("First sentence");
    private final TextField second = new TextField("Second sentence (another sense)");
    private final TextField third = new TextField("Third sentence (the first one's sense)");
    private final Notice notice = new Notice("context-notice");
    private final Paragraph answer = new Paragraph();
    private final Fold steps = new Fold(EmbeddingsState.CONTEXT, "How the three vectors were made");
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
        Button compare = new Button("Compare", e -> {
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
        add(new H2("What a static embedding cannot do"), new Prose("embeddings", "static", constants),
                new H2("Static vs contextual: the same word in three sentences"),
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
        try {
            ContextualEmbedding.Comparison r = ViewCompute.run(() -> ContextualEmbedding.compare(loader, encoder, c.word(),
                    c.first(), c.second(), c.third()));
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

    /** What the numbers say, built from them. */
    static String sentence(ContextualEmbedding.Comparison r) {
        String s = "GloVe gives “" + r.word() + "” one vector, so its cosine across sentences is exactly 1. "
                + MiniLmEncoder.NAME + " gives it one per sentence: the two senses (first and second sentence) have cosine "
                + Summaries.number(r.cosine()) + "; the first and third, meant in the same sense, "
                + Summaries.number(r.sameSense()) + ".";
        if (r.pairs() > 0) {
            s += " Two different words, one from the first sentence and one from the second, have cosine "
                    + Summaries.number(r.unrelated()) + " on average (" + r.pairs() + " pairs). "
                    + (r.unrelated() >= ANISOTROPIC
                            ? "Even unrelated words are that similar here: contextual vectors tend to crowd into a narrow "
                                    + "cone (anisotropy), so read the two cosines above against that floor, not against 0."
                            : "Many contextual models crowd all their vectors into a narrow cone (anisotropy), so that even "
                                    + "unrelated words score high; in this model, trained to compare sentences, the floor is "
                                    + "lower, but read the two cosines above against it rather than against 0.");
        }
        s += r.sameSense() > r.cosine()
                ? " Here the same sense is the closer pair: context moved the two senses apart."
                : " Here the two senses are no further apart than the same sense in other words: for these sentences "
                        + "the model's vectors do not separate the senses.";
        return s;
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
            throw new InvalidInputException("Please type one word (no spaces) to compare.");
        }
    }
}
