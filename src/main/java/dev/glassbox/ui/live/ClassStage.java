package dev.glassbox.ui.live;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.live.LiveClass;
import dev.glassbox.ui.lesson.LessonLinks;
import dev.glassbox.ui.lesson.NoteText;
import java.util.Optional;

/**
 * What every screen of a class shows of the lesson: where the class is, the step's title ({@code #step-title}) and
 * note, and the step's page in a frame, or an example a student offered once the teacher shows it (its sentence as
 * text). The frame is loaded again only when the step or the example changes, not on every answer.
 */
final class ClassStage {

    final Span progress = new Span();
    final H2 title = new H2();
    final NoteText note = new NoteText("step-note", "");
    final Paragraph example = new Paragraph();
    final IFrame frame = new IFrame();
    final Div stage = new Div(frame);
    private String loaded = "";

    ClassStage() {
        progress.setId("step-progress");
        progress.addClassName("gb-step-progress");
        title.setId("step-title");
        title.getElement().setAttribute("aria-live", "polite");
        example.setId("class-example");
        example.addClassName("gb-class-example");
        example.setVisible(false);
        frame.setId("step-view");
        frame.addClassName("gb-step-frame");
        stage.addClassName("gb-step-stage");
    }

    /** Shows step {@code index} (0-based) of {@code lesson}, or the shown example instead of the step's page. */
    void show(Lesson lesson, int index, Optional<LiveClass.Offer> shown) {
        LessonStep step = lesson.steps().get(index);
        progress.setText(Words.say("class", "ui-progress", "n", index + 1, "count", lesson.steps().size()));
        title.setText(step.title());
        note.show(step.note());
        example.setVisible(shown.isPresent());
        shown.ifPresent(o -> example.setText(o.sentence().isBlank() ? Words.say("live", "ui-example-page", "view", o.view())
                : Words.say("live", "ui-example-sentence", "sentence", o.sentence())));
        String src = shown.map(o -> Words.href(o.view().substring(1) + (o.view().contains("?") ? "&" : "?") + "embed=1"))
                .orElseGet(() -> LessonLinks.frame(step, false));
        if (!src.equals(loaded)) {
            loaded = src;
            frame.setSrc(src);
            frame.getElement().setAttribute("title", shown.isPresent() ? Words.say("live", "ui-example-frame")
                    : Words.say("class", "ui-step-heading", "n", index + 1, "title", step.title()));
        }
    }
}
