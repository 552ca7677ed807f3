package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.ui.base.MainLayout;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.QrDialog;
import dev.glassbox.ui.base.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a lesson from its link, {@code /lesson?l=v1.…&step=3}: the step's note and question beside its view (below it
 * on a phone), Back and Next, the arrow keys, and where the class is ("Step 3 of 10"). The step is in the link, so a
 * reload or a shared link opens the same step. For a live class driving the player: the step's title is
 * {@code #step-title}, Next is {@code #next-step}, Back {@code #previous-step}.
 */
@Route("lesson")
@JavaScript("context://frontend/lesson-player.js")
@StyleSheet("context://frontend/lesson-player.css")
public class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Notice notice = new Notice("lesson-notice");
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final H2 stepTitle = new H2();
    private final NoteText note = new NoteText("step-note", "");
    private final QuestionPanel question = new QuestionPanel();
    private final Button back = new Button(Words.say("class", "ui-back"), VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(Words.say("class", "ui-next"), VaadinIcon.ARROW_RIGHT.create());
    private final Anchor open = new Anchor("", Words.say("class", "ui-open-page"));
    private final Anchor print = new Anchor("", Words.say("class", "ui-handout-link"));
    private final Anchor edit = new Anchor("", Words.say("class", "ui-edit-copy"));
    private final Anchor live = new Anchor("", Words.say("class", "ui-teach-it"));
    private final IFrame frame = new IFrame();
    private final Div panel = new Div();
    private final Div stage = new Div(frame);
    private final Div empty = new Div();

    private Lesson lesson = new Lesson(Lesson.UNTITLED, List.of());
    private String link = "";
    private int index;
    private boolean present;

    public LessonView() {
        addClassName("gb-player");
        title.setId("lesson-title");
        progressText.setId("step-progress");
        progressText.addClassName("gb-step-progress");
        progress.setId("step-progress-bar");
        progress.getElement().setAttribute("aria-labelledby", "step-progress");
        stepTitle.setId("step-title");
        back.setId("previous-step");
        next.setId("next-step");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.addClickListener(e -> go(index - 1));
        next.addClickListener(e -> go(index + 1));
        back.getElement().setAttribute("aria-keyshortcuts", "ArrowLeft");
        next.getElement().setAttribute("aria-keyshortcuts", "ArrowRight");
        Div buttons = new Div(back, next);
        buttons.addClassName("gb-step-buttons");

        Button qr = new Button(Words.say("class", "ui-qr"), VaadinIcon.QRCODE.create());
        qr.setId("lesson-qr");
        qr.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        QrDialog.openOnClick(qr);
        open.setId("step-open");
        open.setTarget(AnchorTarget.BLANK);
        print.setId("lesson-print");
        edit.setId("lesson-edit");
        live.setId("lesson-live");
        Div tools = new Div(qr, open, print, edit, live);
        tools.addClassName("gb-lesson-tools");

        panel.addClassName("gb-step-panel");
        Div where = new Div(progressText, buttons);
        where.addClassName("gb-step-where");
        panel.add(title, notice, where, progress, stepTitle, note, question, tools);

        frame.setId("step-view");
        frame.addClassName("gb-step-frame");
        stage.addClassName("gb-step-stage");

        // The page beside the note needs the room: the lesson menu starts closed (the menu button opens it).
        addAttachListener(e -> {
            for (var c = getParent(); c.isPresent(); c = c.get().getParent()) {
                if (c.get() instanceof com.vaadin.flow.component.applayout.AppLayout layout) {
                    layout.setDrawerOpened(false);
                }
            }
        });

        empty.setId("lesson-empty");
        empty.add(new Prose("class", "empty"), new ClassLessons());
        add(panel, stage, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Query query = new Query(event.getLocation().getQueryParameters());
        link = query.text(LessonLinks.LESSON, "");
        present = "1".equals(query.text(MainLayout.PRESENT, ""));
        LessonLink.Reading reading = LessonLink.decode(link, PageLanguage.current());
        lesson = reading.lesson();
        List<String> problems = new ArrayList<>();
        reading.problem().filter(p -> !link.isBlank()).ifPresent(problems::add);
        int steps = Math.max(1, lesson.steps().size());
        int step = query.integer(LessonLinks.STEP, 1, 1, Math.max(1, Math.min(Lesson.MAX_STEPS, steps)), "step");
        problems.addAll(query.problems());
        notice.show(problems);
        title.setText(Words.title(lesson));
        boolean any = !lesson.steps().isEmpty();
        panel.setVisible(any || !problems.isEmpty());
        empty.setVisible(!any);
        stage.setVisible(any);
        for (var c : List.of(progressText, progress, stepTitle, note, question, back, next, open, print, edit, live)) {
            c.setVisible(any);
        }
        if (any) {
            show(step - 1);
        }
    }

    @Override
    public String getPageTitle() {
        return Words.title(lesson) + " — Glassbox";
    }

    /**
     * Shows step {@code number} (1-based) and puts it in the link, as Next and Back do: for whatever drives the
     * player from outside (a live class). Numbers outside the lesson are ignored.
     */
    public void goTo(int number) {
        go(number - 1);
    }

    /** The step shown, 1-based (0 when the lesson has no steps), and the lesson. */
    public int stepNumber() {
        return lesson.steps().isEmpty() ? 0 : index + 1;
    }

    public Lesson lesson() {
        return lesson;
    }

    private void go(int i) {
        if (i < 0 || i >= lesson.steps().size() || i == index) {
            return;
        }
        show(i);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("lesson", PageLanguage.with(
                Query.of(LessonLinks.LESSON, link, LessonLinks.STEP, i + 1, MainLayout.PRESENT, present ? "1" : null),
                PageLanguage.current()))));
    }

    private void show(int i) {
        index = i;
        LessonStep step = lesson.steps().get(i);
        int n = lesson.steps().size();
        progressText.setText(Words.say("class", "ui-progress", "n", i + 1, "count", n));
        progress.setValue((i + 1) / (double) n);
        stepTitle.setText(step.title());
        note.show(step.note());
        question.show(step);
        back.setEnabled(i > 0);
        next.setEnabled(i < n - 1);
        frame.setSrc(LessonLinks.frame(step, present));
        frame.getElement().setAttribute("title", Words.say("class", "ui-step-heading", "n", i + 1, "title", step.title()));
        open.setHref(Words.href(LessonLinks.view(step)));
        print.setHref(Words.href(LessonLinks.print(link)));
        edit.setHref(Words.href(LessonLinks.edit(link)));
        live.setHref(Words.href(Query.href("class", Query.of(LessonLinks.LESSON, link, LessonLinks.STEP, i > 0 ? i + 1 : null))));
    }
}
