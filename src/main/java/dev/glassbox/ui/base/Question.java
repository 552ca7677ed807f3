package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Predict, then check: a {@link Prediction} asked before the figures it is about. Until the learner commits an
 * answer (a choice, a number or a line of text) and presses Check — or chooses "Show without answering" — the figures stay hidden;
 * then the result says whether the answer was right, the model's answer and why, and the figures appear. The answer
 * belongs to the view's link ({@link Answers}): the view passes the recorded answers in, and records a new one
 * through the listener, usually with {@link UrlState#replace}.
 *
 * <p>Ids: {@code question-<id>} (the element), {@code question-<id>-choice-<key>} (each radio button),
 * {@code question-<id>-number} (the number or text field), {@code question-<id>-check}, {@code question-<id>-show},
 * {@code question-<id>-result} (announced when it changes).
 */
@StyleSheet("context://frontend/question.css")
public class Question extends Section {

    private final Prediction question;
    private final List<Component> figures;
    private final List<Input> radios = new ArrayList<>();
    private final Input number;
    private final Button check;
    private final Button show;
    private final Div result = new Div();
    private final BiConsumer<Prediction, String> answered;
    private String chosen = "";

    /**
     * Asks {@code question} before {@code figures}, restoring the answer {@code answers} hold for it; {@code answered}
     * gets the question and the committed answer (a choice key, a number, or {@link Prediction#SHOWN}).
     */
    public Question(Prediction question, Answers answers, BiConsumer<Prediction, String> answered, Component... figures) {
        this.question = question;
        this.figures = List.of(figures);
        this.answered = answered;
        String base = "question-" + question.id();
        setId(base);
        addClassName("gb-question");
        getElement().setAttribute("aria-labelledby", base + "-prompt");

        Span kicker = new Span(PageLanguage.text("common").plain("question-kicker"));
        kicker.addClassName("gb-question-kicker");
        Span prompt = new Span(question.prompt());
        prompt.setId(base + "-prompt");
        FieldSet fields = new FieldSet();
        fields.addClassName("gb-question-fields");
        FieldSet.Legend legend = new FieldSet.Legend();
        legend.add(kicker, prompt);
        fields.add(legend);

        if (question.isChoice()) {
            number = null;
            Div options = new Div();
            options.addClassName("gb-question-choices");
            for (Prediction.Choice c : question.choices()) {
                Input radio = new Input();
                radio.setType("radio");
                radio.setId(base + "-choice-" + c.key());
                radio.getElement().setAttribute("name", base);
                radio.getElement().setAttribute("value", c.key());
                radio.getElement().addEventListener("change", e -> chosen = c.key());
                radios.add(radio);
                NativeLabel label = new NativeLabel();
                label.setFor(radio.getId().orElseThrow());
                label.add(radio, new Span(c.label()));
                label.addClassName("gb-question-choice");
                options.add(label);
            }
            fields.add(options);
        } else {
            number = new Input();
            number.setId(base + "-number");
            if (question.isNumber()) {
                number.getElement().setAttribute("inputmode", "decimal");
            } else {
                number.addClassName("gb-question-text");
                number.getElement().setAttribute("maxlength", String.valueOf(Prediction.MAX_TEXT));
            }
            number.getElement().setAttribute("autocomplete", "off");
            number.getElement().setAttribute("aria-describedby", base + "-tolerance");
            number.addClassName("gb-question-number");
            number.getElement().addEventListener("keydown", e -> commit(e.getEventData().get("element.value").asString()))
                    .setFilter("event.key === 'Enter'").addEventData("element.value");
            NativeLabel label = new NativeLabel(PageLanguage.text("common").plain("question-answer"));
            label.setFor(number.getId().orElseThrow());
            Paragraph tolerance = new Paragraph(question.toleranceText());
            tolerance.setId(base + "-tolerance");
            tolerance.addClassName("gb-question-tolerance");
            Div row = new Div(label, number);
            row.addClassName("gb-question-number-row");
            fields.add(row, tolerance);
        }

        check = new Button(PageLanguage.text("common").plain("question-check"), e -> commit(question.isChoice() ? chosen : number.getValue()));
        check.setId(base + "-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        show = new Button(PageLanguage.text("common").plain("question-show"), e -> {
            reveal(Prediction.SHOWN, null);
            focusResult();
            answered.accept(question, Prediction.SHOWN);
        });
        show.setId(base + "-show");
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(check, show);
        buttons.addClassName("gb-question-buttons");

        result.setId(base + "-result");
        result.addClassName("gb-question-result");
        result.getElement().setAttribute("aria-live", "polite");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("tabindex", "-1");
        add(fields, buttons, result);

        Optional<String> saved = answers.of(question);
        if (saved.isPresent()) {
            restore(saved.get());
        } else {
            this.figures.forEach(f -> f.setVisible(false));
        }
    }

    public Prediction prediction() {
        return question;
    }

    private void restore(String value) {
        if (value.equals(Prediction.SHOWN)) {
            reveal(value, null);
            return;
        }
        String typed = question.fromLink(value);
        if (question.isChoice()) {
            chosen = typed;
        } else {
            number.setValue(typed);
        }
        if (question.judge(typed) instanceof Prediction.Verdict.Judged judged) {
            reveal(value, judged);
        } else {
            figures.forEach(f -> f.setVisible(false));
        }
    }

    private void commit(String raw) {
        switch (question.judge(raw)) {
            case Prediction.Verdict.Unreadable u -> {
                result.removeAll();
                result.getElement().setAttribute("data-verdict", "unreadable");
                result.add(line("gb-question-verdict", u.sentence()));
            }
            case Prediction.Verdict.Judged judged -> {
                String value = question.canonicalAnswer(raw);
                reveal(value, judged);
                focusResult();
                answered.accept(question, value);
                CheckedAnswers.publish(new CheckedAnswers.Checked(question.id(), value, judged.said(), judged.right()));
            }
        }
    }

    /** Shows the result ({@code judged} is {@code null} when shown without answering) and the figures; locks the answer. */
    private void reveal(String value, Prediction.Verdict.Judged judged) {
        result.removeAll();
        String verdict;
        if (judged == null) {
            verdict = "shown";
            result.add(line("gb-question-verdict", PageLanguage.text("common").plain("question-shown", Map.of("answer", question.answer()))));
        } else if (judged.right()) {
            verdict = "right";
            result.add(line("gb-question-verdict", PageLanguage.text("common").plain("question-right", Map.of("answer", question.answer()))));
        } else {
            verdict = "wrong";
            result.add(line("gb-question-verdict", PageLanguage.text("common").plain("question-wrong",
                    Map.of("said", judged.said(), "answer", question.answer()))));
        }
        result.add(line("gb-question-why", question.why()));
        result.getElement().setAttribute("data-verdict", verdict);
        getElement().setAttribute("data-verdict", verdict);
        for (Input radio : radios) {
            boolean mine = radio.getElement().getAttribute("value").equals(value);
            radio.getElement().setProperty("checked", mine);
            radio.getElement().setAttribute("checked", mine);
            radio.setEnabled(false);
        }
        if (number != null) {
            number.setEnabled(false);
        }
        check.setVisible(false);
        show.setVisible(false);
        figures.forEach(f -> f.setVisible(true));
    }

    /** The Check button is gone once answered: the keyboard goes on from the result, which is also announced. */
    private void focusResult() {
        result.getElement().callJsFunction("focus");
    }

    private static Paragraph line(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }
}
