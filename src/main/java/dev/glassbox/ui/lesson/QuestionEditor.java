package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.lesson.ViewQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The builder's question of a step: none, one of the page's own questions ({@link ViewQuestions}, offered only where
 * the page asks some), or the teacher's multiple-choice question with the choice the teacher marks correct.
 */
final class QuestionEditor extends Div {

    static final String NO_QUESTION = "none";
    static final String VIEW_QUESTION = "view";
    static final String OWN_QUESTION = "own";

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>(Words.say("class", "ui-question"));
    private final Select<ViewQuestions.Entry> viewQuestion = new Select<>();
    private final TextField prompt = new TextField(Words.say("class", "ui-your-question"));
    private final List<TextField> choices = new ArrayList<>();
    private final RadioButtonGroup<Integer> correct = new RadioButtonGroup<>(Words.say("class", "ui-correct-choice"));
    private final Div own = new Div();

    QuestionEditor() {
        kind.setId("question-kind");
        kind.setItems(NO_QUESTION, VIEW_QUESTION, OWN_QUESTION);
        kind.setItemLabelGenerator(k -> switch (k) {
            case VIEW_QUESTION -> Words.say("class", "ui-kind-view");
            case OWN_QUESTION -> Words.say("class", "ui-kind-own");
            default -> Words.say("class", "ui-kind-none");
        });
        kind.addValueChangeListener(e -> showKind());
        viewQuestion.setId("view-question-choice");
        viewQuestion.setLabel(Words.say("class", "ui-page-question"));
        viewQuestion.setItemLabelGenerator(ViewQuestions.Entry::prompt);

        prompt.setId("own-prompt");
        prompt.setMaxLength(StepQuestion.OwnChoice.MAX_PROMPT);
        prompt.setWidthFull();
        own.add(prompt);
        for (int i = 0; i < StepQuestion.OwnChoice.MAX_CHOICES; i++) {
            TextField c = new TextField(Words.say("class", i < StepQuestion.OwnChoice.MIN_CHOICES ? "ui-choice" : "ui-choice-optional",
                    "letter", StepQuestion.OwnChoice.letter(i)));
            c.setId("own-choice-" + i);
            c.setMaxLength(StepQuestion.OwnChoice.MAX_CHOICE);
            c.setWidthFull();
            choices.add(c);
            own.add(c);
        }
        correct.setId("own-correct");
        correct.setItems(IntStream.range(0, StepQuestion.OwnChoice.MAX_CHOICES).boxed().toList());
        correct.setItemLabelGenerator(StepQuestion.OwnChoice::letter);
        own.add(correct);
        own.addClassName("gb-own-question");
        add(kind, viewQuestion, own);
    }

    /** Shows {@code question} of a step on the page at {@code route} (no leading slash). */
    void show(StepQuestion question, String route) {
        prompt.clear();
        choices.forEach(TextField::clear);
        correct.clear();
        viewQuestion.setItems(List.of());
        route(route);
        switch (question) {
            case StepQuestion.None n -> kind.setValue(NO_QUESTION);
            case StepQuestion.FromView v -> {
                kind.setValue(VIEW_QUESTION);
                ViewQuestions.of(route, PageLanguage.current()).stream().filter(q -> q.id().equals(v.id())).findFirst()
                        .ifPresent(viewQuestion::setValue);
            }
            case StepQuestion.OwnChoice o -> {
                kind.setValue(OWN_QUESTION);
                prompt.setValue(o.prompt());
                for (int c = 0; c < o.choices().size(); c++) {
                    choices.get(c).setValue(o.choices().get(c));
                }
                correct.setValue(o.correct());
            }
        }
        showKind();
    }

    /** The page is now {@code route}: its own questions are offered, if it asks any. */
    void route(String route) {
        List<ViewQuestions.Entry> questions = ViewQuestions.of(route, PageLanguage.current());
        ViewQuestions.Entry chosen = viewQuestion.getValue();
        viewQuestion.setItems(questions);
        if (chosen != null && questions.contains(chosen)) {
            viewQuestion.setValue(chosen);
        }
        kind.setItemEnabledProvider(k -> !VIEW_QUESTION.equals(k) || !questions.isEmpty());
        kind.setHelperText(questions.isEmpty() ? Words.say("class", "ui-no-page-questions") : null);
        if (VIEW_QUESTION.equals(kind.getValue()) && questions.isEmpty()) {
            kind.setValue(NO_QUESTION);
        }
    }

    /**
     * The question as written.
     *
     * @throws IllegalArgumentException with one sentence when it is incomplete
     */
    StepQuestion question() {
        return switch (kind.getValue() == null ? NO_QUESTION : kind.getValue()) {
            case VIEW_QUESTION -> {
                if (viewQuestion.getValue() == null) {
                    throw new IllegalArgumentException(Words.say("class", "ui-choose-view-question"));
                }
                yield new StepQuestion.FromView(viewQuestion.getValue().id());
            }
            case OWN_QUESTION -> ownQuestion();
            default -> StepQuestion.NONE;
        };
    }

    private void showKind() {
        viewQuestion.setVisible(VIEW_QUESTION.equals(kind.getValue()));
        own.setVisible(OWN_QUESTION.equals(kind.getValue()));
    }

    private StepQuestion.OwnChoice ownQuestion() {
        List<String> written = new ArrayList<>();
        int correctIndex = -1;
        for (int i = 0; i < choices.size(); i++) {
            String c = choices.get(i).getValue();
            if (c != null && !c.isBlank()) {
                if (correct.getValue() != null && correct.getValue() == i) {
                    correctIndex = written.size();
                }
                written.add(c);
            }
        }
        if (correct.getValue() != null && correctIndex < 0) {
            throw new IllegalArgumentException(Words.say("class", "ui-correct-empty"));
        }
        return new StepQuestion.OwnChoice(prompt.getValue(), written, correctIndex);
    }
}
