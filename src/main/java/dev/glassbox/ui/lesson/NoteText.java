package dev.glassbox.ui.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lesson.TeacherNote;
import dev.glassbox.ui.base.Prose;

/** A teacher's note as paragraphs of text nodes: plain, emphasis and strong, never HTML. */
public final class NoteText extends Div {

    public NoteText(String id, String note) {
        setId(id);
        addClassName("gb-step-note");
        show(note);
    }

    public void show(String note) {
        removeAll();
        TeacherNote.parse(note).forEach(runs -> add(Prose.runs(new Paragraph(), runs)));
    }
}
