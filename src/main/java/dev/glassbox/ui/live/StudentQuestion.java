package dev.glassbox.ui.live;

import dev.glassbox.ui.base.PageLanguage;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.model.live.LiveClass;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A student's side of the current step's question: the teacher's own question is answered here and sent to the
 * teacher's tally (it may be changed until the teacher reveals the answer, which then shows here); a view's own
 * question is answered and checked in the page below, and that answer goes to the teacher's tally too.
 */
final class StudentQuestion extends Div {

    private final RadioButtonGroup<Integer> choices = new RadioButtonGroup<>();
    private final Button send = new Button(Words.say("live", "ui-send"));
    private final Paragraph state = new Paragraph();
    private final Paragraph inView = new Paragraph();
    private int shownStep = -1;

    StudentQuestion(IntConsumer answer) {
        setId("step-question");
        addClassName("gb-step-question");
        choices.setId("class-answer");
        choices.addThemeName("vertical");
        send.setId("send-answer");
        send.addClickListener(e -> {
            if (choices.getValue() == null) {
                state.setText(Words.say("class", "ui-choose-first"));
            } else {
                answer.accept(choices.getValue());
            }
        });
        state.setId("answer-state");
        state.getElement().setAttribute("aria-live", "polite");
        inView.setId("view-question");
        add(inView, choices, send, state);
    }

    void show(LessonStep step, int index, LiveClass.Tally tally, Optional<Integer> mine,
            Optional<LiveClass.PageAnswer> inPage) {
        boolean fresh = index != shownStep;
        shownStep = index;
        choices.setVisible(false);
        send.setVisible(false);
        inView.setVisible(false);
        state.setText("");
        switch (step.question()) {
            case StepQuestion.None n -> setVisible(false);
            case StepQuestion.FromView v -> {
                setVisible(true);
                inView.setVisible(true);
                inView.setText(ViewQuestions.prompt(step.route(), v.id(), PageLanguage.current())
                        .map(q -> Words.say("live", "ui-view-question", "prompt", q))
                        .orElse(Words.say("live", "ui-view-question-gone")));
                inPage.ifPresent(a -> state.setText(Words.say("live", a.right() ? "ui-has-answer-right" : "ui-has-answer-wrong",
                        "answer", a.said())));
            }
            case StepQuestion.OwnChoice o -> {
                setVisible(true);
                choices.setVisible(true);
                if (fresh) {
                    choices.setLabel(o.prompt());
                    choices.setItems(IntStream.range(0, o.choices().size()).boxed().toList());
                    choices.setItemLabelGenerator(i -> StepQuestion.OwnChoice.letter(i) + ". " + o.choices().get(i));
                    mine.ifPresentOrElse(choices::setValue, choices::clear);
                }
                choices.setReadOnly(tally.revealed());
                send.setVisible(!tally.revealed());
                String letter = mine.map(StepQuestion.OwnChoice::letter).orElse("");
                if (tally.revealed()) {
                    String right = StepQuestion.OwnChoice.letter(o.correct()) + ". " + o.choices().get(o.correct());
                    state.setText(Words.say("live", mine.isEmpty() ? "ui-revealed-none"
                            : mine.get() == o.correct() ? "ui-revealed-right" : "ui-revealed-wrong",
                            "answer", right, "letter", letter));
                } else {
                    state.setText(mine.isEmpty() ? "" : Words.say("live", "ui-sent", "letter", letter));
                }
            }
        }
    }
}
