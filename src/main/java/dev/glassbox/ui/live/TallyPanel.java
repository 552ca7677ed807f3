package dev.glassbox.ui.live;

import dev.glassbox.model.lesson.LessonStep;

import dev.glassbox.model.lesson.ViewQuestions;

import dev.glassbox.ui.base.PageLanguage;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.live.LiveClass;

/**
 * The teacher's live tally of the current step's question: a bar per answer with its count, how many of how many
 * students answered, and for the teacher's own question the button that reveals the correct answer on every screen
 * (a view's own question is judged in each student's page, so its bars say which answers were right). Counts are
 * text too.
 */
final class TallyPanel extends Div {

    private final H3 prompt = new H3();
    private final Div bars = new Div();
    private final Paragraph summary = new Paragraph();
    final Button reveal = new Button(Words.say("live", "ui-reveal"));

    TallyPanel() {
        setId("class-tally");
        addClassName("gb-class-tally");
        prompt.setId("tally-prompt");
        bars.addClassName("gb-tally-bars");
        bars.getElement().setAttribute("role", "list");
        summary.setId("tally-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        reveal.setId("reveal-answer");
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(prompt, bars, summary, reveal);
    }

    void show(LiveClass.Tally tally, LessonStep step) {
        setVisible(tally.asked());
        if (!tally.asked()) {
            return;
        }
        prompt.setText(step.question() instanceof StepQuestion.FromView v
                ? ViewQuestions.prompt(step.route(), v.id(), PageLanguage.current())
                        .orElse(Words.say("live", "tally-page-question"))
                : tally.prompt());
        bars.removeAll();
        int most = tally.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < tally.choices().size(); i++) {
            int count = tally.counts().get(i);
            boolean marked = tally.inPage() ? tally.right().get(i) : tally.correct() == i;
            boolean others = tally.lastIsOthers() && i == tally.choices().size() - 1;
            String text = others ? Words.say("live", "tally-others", "n", tally.others(), "right", tally.othersRight())
                    : tally.inPage() ? tally.choices().get(i)
                    : StepQuestion.OwnChoice.letter(i) + ". " + tally.choices().get(i);
            Span label = new Span(!marked ? text : Words.say("live", tally.inPage() ? "ui-tally-right" : "ui-tally-correct",
                    "label", text));
            label.addClassName("gb-tally-label");
            Div fill = new Div();
            fill.addClassName("gb-tally-fill");
            fill.getStyle().set("width", (most == 0 ? 0 : 100.0 * count / most) + "%");
            Div track = new Div(fill);
            track.addClassName("gb-tally-track");
            Span number = new Span(String.valueOf(count));
            number.addClassName("gb-tally-count");
            Div row = new Div(label, track, number);
            row.setId("tally-" + i);
            row.addClassName("gb-tally-row");
            if (marked) {
                row.addClassName("gb-tally-correct");
            }
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("aria-label", Words.say("live", "ui-tally-row", "label", label.getText(), "n", count));
            bars.add(row);
        }
        String answered = Words.say("live", tally.students() == 1 ? "ui-answered-one" : "ui-answered-other",
                "n", tally.answered(), "students", tally.students());
        if (tally.inPage()) {
            summary.setText(answered + " " + Words.say("live", "ui-tally-in-page", "right", tally.rightCount()));
        } else {
            summary.setText(tally.revealed() ? answered + " " + Words.say("live", "ui-tally-revealed") : answered);
        }
        reveal.setVisible(!tally.inPage() && !tally.revealed());
    }
}
