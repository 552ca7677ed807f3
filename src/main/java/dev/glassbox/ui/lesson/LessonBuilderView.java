package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lesson builder, {@code /lesson/new}: a teacher collects steps (a view as it is, a note, a question, controls to
 * hide or lock), orders them, and gets the lesson's link. The lesson being built is in this page's own link
 * ({@code ?l=}), so a reload keeps it; nothing is stored on the server.
 */
@Route("lesson/new")
@PageTitle("Build a lesson — Glassbox")
@JavaScript("context://frontend/lesson-player.js")
@StyleSheet("context://frontend/lesson-player.css")
public class LessonBuilderView extends Main implements BeforeEnterObserver {

    private final TextField title = new TextField(Words.say("class", "ui-lesson-title"));
    private final Notice notice = new Notice("builder-notice");
    private final StepList list = new StepList(this::edit, this::move, this::remove);
    private final StepEditor editor = new StepEditor(this::save);
    private final LessonOutput output = new LessonOutput(this::open);
    private final List<LessonStep> steps = new ArrayList<>();
    /** The step being edited (0-based), or −1 while a new step is written. */
    private int editing = -1;

    public LessonBuilderView() {
        addClassNames("gb-page", "gb-builder");
        title.setId("lesson-title-field");
        title.setMaxLength(Lesson.MAX_TITLE);
        title.setWidthFull();
        title.setHelperText(Words.say("class", "ui-at-most", "max", Lesson.MAX_TITLE));
        FromClient.onChange(title, t -> changed());
        H2 stepsHeading = new H2(Words.say("class", "ui-steps"));
        H2 editorHeading = new H2(Words.say("class", "ui-a-step"));
        editorHeading.setId("editor-heading");
        editor.setHeading(editorHeading);
        add(new H1(Words.say("class", "ui-builder-heading")), new Prose("class", "builder"), limits(), notice, title, stepsHeading, list,
                editorHeading, editor, new H2(Words.say("class", "ui-lesson-link")), output);
    }

    private static Prose limits() {
        Prose p = new Prose("class", "limits", Map.of("steps", Lesson.MAX_STEPS,
                "note", Words.count(LessonStep.MAX_NOTE),
                "minChoices", StepQuestion.OwnChoice.MIN_CHOICES, "maxChoices", StepQuestion.OwnChoice.MAX_CHOICES));
        p.setId("builder-limits");
        return p;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String link = new Query(event.getLocation().getQueryParameters()).text(LessonLinks.LESSON, "");
        if (link.isBlank()) {
            load(new Lesson("", List.of()), null);
            return;
        }
        LessonLink.Reading r = LessonLink.decode(link, PageLanguage.current());
        load(r.lesson(), r.problem().orElse(null));
    }

    /** Opens a lesson read from a file (or a link), with the one sentence saying what could not be read. */
    private void open(Lesson lesson, String problem) {
        load(lesson, problem);
        writeLink();
    }

    private void load(Lesson lesson, String problem) {
        steps.clear();
        steps.addAll(lesson.steps());
        title.setValue(lesson.steps().isEmpty() && Lesson.UNTITLED.equals(lesson.title()) ? "" : lesson.title());
        if (problem == null) {
            notice.clear();
        } else {
            notice.show(problem);
        }
        editing = -1;
        editor.startNew(steps.size());
        refresh();
    }

    private void save(LessonStep step) {
        if (editing >= 0 && editing < steps.size()) {
            steps.set(editing, step);
        } else if (steps.size() < Lesson.MAX_STEPS) {
            steps.add(step);
        }
        editing = -1;
        editor.startNew(steps.size());
        changed();
    }

    private void edit(int i) {
        editing = i;
        editor.edit(i, steps.get(i));
    }

    private void move(int i, int by) {
        int j = i + by;
        if (j < 0 || j >= steps.size()) {
            return;
        }
        LessonStep s = steps.remove(i);
        steps.add(j, s);
        editing = -1;
        editor.startNew(steps.size());
        changed();
    }

    private void remove(int i) {
        steps.remove(i);
        editing = -1;
        editor.startNew(steps.size());
        changed();
    }

    private void changed() {
        notice.clear();
        refresh();
        writeLink();
    }

    private Lesson lesson() {
        return new Lesson(title.getValue(), steps);
    }

    private void refresh() {
        list.show(steps);
        output.show(lesson());
    }

    private void writeLink() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, new Location("lesson/new", PageLanguage.with(
                    Query.of(LessonLinks.LESSON, steps.isEmpty() && title.isEmpty() ? null : LessonLink.encode(lesson())),
                    PageLanguage.current())));
        }
    }
}
