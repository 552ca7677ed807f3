package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.lesson.ViewQuestions;
import java.util.stream.IntStream;

/**
 * A step's question in the player. The teacher's own multiple-choice question is answered and checked here against
 * the choice the teacher marked; one of the view's questions is asked and answered in the view, where it is marked.
 */
final class QuestionPanel extends Div {

    private final RadioButtonGroup<Integer> choices = new RadioButtonGroup<>();
    private final Button check = new Button(Words.say("class", "ui-check"));
    private final Paragraph feedback = new Paragraph();
    private final Paragraph inView = new Paragraph();
    private StepQuestion.OwnChoice own;

    QuestionPanel() {
        setId("step-question");
        addClassName("gb-step-question");
        choices.setId("own-question");
        choices.addThemeName("vertical");
        check.setId("check-answer");
        feedback.setId("answer-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        inView.setId("view-question");
        check.addClickListener(e -> check());
        choices.addValueChangeListener(e -> feedback.setText(""));
        add(choices, check, feedback, inView);
    }

    void show(LessonStep step) {
        own = null;
        feedback.setText("");
        choices.setVisible(false);
        check.setVisible(false);
        inView.setVisible(false);
        switch (step.question()) {
            case StepQuestion.None n -> setVisible(false);
            case StepQuestion.OwnChoice o -> {
                own = o;
                setVisible(true);
                choices.setLabel(o.prompt());
                choices.setItems(IntStream.range(0, o.choices().size()).boxed().toList());
                choices.setItemLabelGenerator(i -> StepQuestion.OwnChoice.letter(i) + ". " + o.choices().get(i));
                choices.clear();
                choices.setVisible(true);
                check.setVisible(true);
            }
            case StepQuestion.FromView v -> {
                setVisible(true);
                inView.setVisible(true);
                inView.setText(ViewQuestions.prompt(step.route(), v.id(), PageLanguage.current())
                        .map(q -> Words.say("class", "ui-view-question", "prompt", q))
                        .orElse(Words.say("class", "ui-view-question-gone", "id", v.id())));
            }
        }
    }

    private void check() {
        if (own == null) {
            return;
        }
        Integer chosen = choices.getValue();
        String answer = StepQuestion.OwnChoice.letter(own.correct()) + ". " + own.choices().get(own.correct());
        if (chosen == null) {
            feedback.setText(Words.say("class", "ui-choose-first"));
        } else if (chosen == own.correct()) {
            feedback.setText(Words.say("class", "ui-right", "answer", answer));
        } else {
            feedback.setText(Words.say("class", "ui-wrong", "answer", answer));
        }
    }
}
