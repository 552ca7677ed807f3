package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.embedding.ContextualEmbedding;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.function.Consumer;

/** Static vs contextual: one word in two sentences, its one GloVe vector against its two MiniLM vectors. */
class ContextualSection extends Div {

    private final MiniLmLoader loader;
    private final TextField word = new TextField("Word");
    private final TextField first = new TextField("First sentence");
    private final TextField second = new TextField("Second sentence");
    private final Notice notice = new Notice("context-notice");
    private final Paragraph answer = new Paragraph();
    private final TraceView trace = new TraceView("context-step-");
    private EmbeddingsState.Context shown = EmbeddingsState.Context.DEFAULT;

    ContextualSection(MiniLmLoader loader, Consumer<EmbeddingsState.Context> go) {
        this.loader = loader;
        setId("contextual");
        word.setId("context-word");
        first.setId("context-first");
        second.setId("context-second");
        first.setWidthFull();
        second.setWidthFull();
        answer.setId("context-answer");
        answer.addClassName("gb-analogy-answer");
        trace.setId("context-trace");
        Button compare = new Button("Compare", e -> {
            EmbeddingsState.Context next = new EmbeddingsState.Context(word.getValue().strip(), first.getValue(), second.getValue());
            try {
                check(next);
                go.accept(next);
            } catch (InvalidInputException ex) {
                notice.show(ex.getMessage());
            }
        });
        compare.setId("context-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div controls = new Div(word, first, second, compare);
        controls.addClassName("gb-controls");
        compare.addClickShortcut(Key.ENTER).listenOn(controls);
        add(controls, notice, answer, trace);
    }

    /** Shows the comparison the link asks for (waiting for the transformer if it is still loading). */
    void show(EmbeddingsState.Context context) {
        shown = context;
        word.setValue(context.word());
        first.setValue(context.first());
        second.setValue(context.second());
        render();
    }

    private void render() {
        notice.clear();
        answer.setText("");
        trace.removeAll();
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            WhenLoaded.poll(this, loader, answer::setText, this::render);
            return;
        }
        try {
            ContextualEmbedding.Comparison c = ContextualEmbedding.compare(loader, encoder, shown.word(), shown.first(),
                    shown.second());
            answer.setText("GloVe gives “" + c.word() + "” one vector, so its cosine across the two sentences is exactly 1. "
                    + MiniLmEncoder.NAME + " gives it two: their cosine is " + Summaries.number(c.cosine()) + ".");
            trace.show(c.trace());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    private void check(EmbeddingsState.Context next) {
        dev.glassbox.model.text.LearnerText.require(next.first());
        dev.glassbox.model.text.LearnerText.require(next.second());
        if (next.word().isEmpty() || next.word().chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("Please type one word (no spaces) to compare.");
        }
    }
}
