package dev.glassbox.ui.live;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.ui.lesson.LessonLinks;

/**
 * The lesson a class is started on: the one in the page's link, or, when the link holds none, one of the bundled
 * lessons (the first chosen until the teacher picks another).
 */
final class LessonChoice extends Div {

    private final RadioButtonGroup<Lesson> starters = new RadioButtonGroup<>(Words.say("live", "ui-lesson"));
    private final Paragraph given = new Paragraph();
    private Lesson fromLink;

    LessonChoice() {
        setId("class-lesson-choice");
        starters.setId("class-lesson");
        starters.addThemeName("vertical");
        starters.setItems(LessonLinks.starters());
        starters.setItemLabelGenerator(l -> l.title() + " · " + Words.steps(l.steps().size()));
        starters.setValue(LessonLinks.starters().getFirst());
        given.setId("class-lesson-title");
        add(starters, given);
    }

    /** Offers {@code lesson} from the link, or the bundled lessons when it is {@code null}. */
    void offer(Lesson lesson) {
        fromLink = lesson;
        starters.setVisible(lesson == null);
        given.setVisible(lesson != null);
        if (lesson != null) {
            given.setText(Words.say("live", "ui-lesson-given", "title", Words.title(lesson),
                    "steps", Words.steps(lesson.steps().size())));
        }
    }

    boolean fromLink() {
        return fromLink != null;
    }

    Lesson chosen() {
        return fromLink != null ? fromLink : starters.getValue() == null ? LessonLinks.starters().getFirst() : starters.getValue();
    }
}
