package dev.glassbox.ui.lesson;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.ui.base.Prose;

/** The home page's "Lessons for a class": the bundled lessons, each a link that plays it, and the lesson builder. */
public class ClassLessons extends Section {

    public ClassLessons() {
        setId("class-lessons");
        addClassName("gb-class-lessons");
        H2 heading = new H2(Words.say("class", "ui-lessons-heading"));
        heading.setId("class-lessons-title");
        UnorderedList list = new UnorderedList();
        list.addClassName("gb-class-lesson-list");
        for (int i = 0; i < LessonLinks.starters().size(); i++) {
            Lesson lesson = LessonLinks.starters().get(i);
            Anchor play = new Anchor(Words.href(LessonLinks.play(lesson)), lesson.title());
            play.setId("starter-lesson-" + i);
            Span steps = new Span(" · " + Words.steps(lesson.steps().size()));
            steps.addClassName("gb-note");
            list.add(new ListItem(play, steps));
        }
        Anchor build = new Anchor(Words.href("lesson/new"), Words.say("class", "ui-build"));
        build.setId("build-lesson");
        Anchor live = new Anchor(Words.href("class"), Words.say("class", "ui-teach-live"));
        live.setId("teach-live");
        add(heading, Prose.paragraph("class", "home"), list, build, new Paragraph(live));
    }
}
