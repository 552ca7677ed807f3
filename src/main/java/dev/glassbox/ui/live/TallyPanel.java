package dev.glassbox.ui.live;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.live.LiveClass;

/**
 * The teacher's live tally of the current step's question: a bar per choice with its count, how many of how many
 * students answered, and the button that reveals the correct answer on every screen. Counts are text too.
 */
final class TallyPanel extends Div {

    private final H3 prompt = new H3();
    private final Div bars = new Div();
    private final Paragraph summary = new Paragraph();
    final Button reveal = new Button("Reveal the answer");

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

    void show(LiveClass.Tally tally) {
        setVisible(tally.asked());
        if (!tally.asked()) {
            return;
        }
        prompt.setText(tally.prompt());
        bars.removeAll();
        int most = tally.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < tally.choices().size(); i++) {
            int count = tally.counts().get(i);
            Span label = new Span(StepQuestion.OwnChoice.letter(i) + ". " + tally.choices().get(i)
                    + (tally.correct() == i ? " (correct)" : ""));
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
            if (tally.correct() == i) {
                row.addClassName("gb-tally-correct");
            }
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("aria-label", label.getText() + ": " + count);
            bars.add(row);
        }
        summary.setText(tally.answered() + " of " + tally.students() + (tally.students() == 1 ? " student" : " students")
                + " answered." + (tally.revealed() ? " The answer is revealed on every screen." : ""));
        reveal.setVisible(!tally.revealed());
    }
}
