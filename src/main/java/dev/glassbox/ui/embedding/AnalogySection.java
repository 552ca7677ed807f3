package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.embedding.Analogy;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QuestionSlot;
import dev.glassbox.ui.base.Summaries;
import dev.glassbox.ui.base.TraceView;
import dev.glassbox.ui.base.ViewCompute;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Word arithmetic, a − b + c: solved once per link, its steps folded. */
class AnalogySection extends Div {

    private final GloveVectors glove;
    private final TextField a = new TextField(EmbeddingsView.say("analogy-a"));
    private final TextField b = new TextField(EmbeddingsView.say("analogy-b"));
    private final TextField c = new TextField(EmbeddingsView.say("analogy-c"));
    private final Notice notice = new Notice("analogy-notice");
    private final Paragraph answer = new Paragraph();
    private final Fold steps = new Fold(EmbeddingsState.ANALOGY, EmbeddingsView.say("analogy-fold"));
    private final QuestionSlot question = new QuestionSlot(answer, steps);
    private final BiConsumer<Prediction, String> answered;

    AnalogySection(GloveVectors glove, Consumer<UnaryOperator<EmbeddingsState>> go, BiConsumer<String, Boolean> toggled,
            BiConsumer<Prediction, String> answered) {
        this.answered = answered;
        this.glove = glove;
        setId("analogy");
        a.setId("analogy-a");
        b.setId("analogy-b");
        c.setId("analogy-c");
        answer.setId("analogy-answer");
        answer.addClassName("gb-analogy-answer");
        steps.onToggle(open -> toggled.accept(EmbeddingsState.ANALOGY, open));
        Button solve = new Button(EmbeddingsView.say("analogy-solve"), e -> {
            try {
                // only the words are checked here; the search runs once, for the new link
                Analogy.words(glove, a.getValue(), b.getValue(), c.getValue(), PageLanguage.current());
                go.accept(s -> s.withAnalogy(a.getValue().strip(), b.getValue().strip(), c.getValue().strip()));
            } catch (InvalidInputException ex) {
                clear();
                notice.show(ex.getMessage());
            }
        });
        solve.setId("analogy-solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div controls = new Div(a, new Span("−"), b, new Span("+"), c, solve);
        controls.addClassName("gb-controls");
        solve.addClickShortcut(Key.ENTER).listenOn(controls);
        add(new H2(EmbeddingsView.say("analogy-heading")), new Prose("embeddings", "analogy"), controls, notice, question, answer, steps);
    }

    void show(EmbeddingsState state) {
        a.setValue(state.a());
        b.setValue(state.b());
        c.setValue(state.c());
        clear();
        Language language = PageLanguage.current();
        try {
            Analogy.Result r = ViewCompute.run(() -> Analogy.solve(glove, state.a(), state.b(), state.c(), state.k(),
                    language));
            notice.clear();
            answer.setText(EmbeddingsView.say("analogy-answer", "a", r.a().word(), "b", r.b().word(), "c", r.c().word(),
                    "answer", r.answer().word(), "cosine", Summaries.number(r.answer().cosine())));
            steps.setVisible(true);
            steps.show(state.folds().isOpen(EmbeddingsState.ANALOGY), () -> {
                TraceView trace = new TraceView();
                trace.setId("analogy-trace");
                trace.show(r.trace(), step -> step.value() instanceof Value.Matrix m
                        ? new Strips(m) : Figure.of(step.value()).digits(4));
                return trace;
            });
            question.ask(EmbeddingsQuestions.analogy(glove, state.a(), state.b(), state.c()), state.answers(), answered);
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    /** Takes away the answer and steps of the previous question. */
    private void clear() {
        question.clear();
        answer.setText("");
        steps.show(false, () -> null);
        steps.setVisible(false);
    }
}
