package dev.glassbox.ui.live;

import dev.glassbox.ui.base.PageLanguage;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.live.ClassRefusal;
import dev.glassbox.model.live.Classrooms;
import dev.glassbox.model.live.LiveClass;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teacher's page of a live class, {@code /class?l=…&c=…&step=…}: choose or bring a lesson, start the class (its
 * code, large, with a QR code), move through the steps while every student's screen follows, watch the answers arrive
 * as a tally and reveal the answer, and put a student's example on every screen. Driving rests on the secret this
 * browser's session holds ({@link ClassSession}); anyone else opening the link is refused.
 */
@Route("class")
@PageTitle("Live class — Glassbox")
@Menu(order = 13, title = "Live class", icon = "vaadin:group")
@StyleSheet("context://frontend/lesson-player.css")
@StyleSheet("context://frontend/live-class.css")
public class TeacherView extends Main implements BeforeEnterObserver {

    private final Classrooms classrooms;
    private final H1 heading = new H1(Words.say("live", "ui-teacher-heading"));
    private final Notice notice = new Notice("class-notice");
    private final LessonChoice choice = new LessonChoice();
    private final Button start = new Button(Words.say("live", "ui-start"), VaadinIcon.PLAY.create());
    private final Anchor join = new Anchor("join", Words.say("live", "ui-join-instead"));
    private final Div setup = new Div();
    private final CodeBox codeBox = new CodeBox();
    private final Button back = new Button(Words.say("class", "ui-back"), VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(Words.say("class", "ui-next"), VaadinIcon.ARROW_RIGHT.create());
    private final Button hideExample = new Button(Words.say("live", "ui-back-to-step"));
    private final Button end = new Button(Words.say("live", "ui-end"));
    private final ClassStage stage = new ClassStage();
    private final TallyPanel tally = new TallyPanel();
    private final OfferList offers = new OfferList(this::showOffer);
    private final Div running = new Div();

    private ClassState state = new ClassState("", "", 1);
    private LiveClass live;
    private String secret;
    private final Following following = new Following(this, this::render);

    public TeacherView(Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassNames("gb-player", "gb-class");
        start.setId("start-class");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(e -> start());
        join.setId("class-join-instead");
        setup.setId("class-setup");
        setup.addClassName("gb-class-setup");
        setup.add(new Prose("live", "teacher"), choice, start, join, new Prose("live", "bounds", Map.of(
                "idle", hours(classrooms.limits().idle()), "students", classrooms.limits().maxStudents())));
        back.setId("previous-step");
        next.setId("next-step");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.addClickListener(e -> drive(() -> live.goTo(secret, live.snapshot().step() - 1)));
        next.addClickListener(e -> drive(() -> live.goTo(secret, live.snapshot().step() + 1)));
        hideExample.setId("hide-example");
        hideExample.addClickListener(e -> drive(() -> live.hideExample(secret)));
        tally.reveal.addClickListener(e -> drive(() -> live.reveal(secret)));
        end.setId("end-class");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClickListener(e -> drive(() -> live.end(secret)));
        Div buttons = new Div(back, next);
        buttons.addClassName("gb-step-buttons");
        Div where = new Div(stage.progress, buttons);
        where.addClassName("gb-step-where");
        running.setId("class-running");
        running.addClassName("gb-class-running");
        running.add(codeBox, where, stage.title, stage.example, hideExample, stage.note, tally, offers, end);
        Div panel = new Div(heading, notice, setup, running);
        panel.addClassName("gb-step-panel");
        add(panel, stage.stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> problems = new ArrayList<>();
        state = ClassState.read(event.getLocation().getQueryParameters(), problems);
        Lesson lesson = lesson(problems);
        choice.offer(lesson);
        live = null;
        secret = null;
        boolean someoneElses = false;
        if (!state.code().isBlank()) {
            Optional<LiveClass> found = classrooms.find(state.code());
            Optional<String> mine = found.flatMap(c -> ClassSession.secret(c.code())).filter(s -> found.get().isTeacher(s));
            if (mine.isPresent()) {
                live = found.get();
                secret = mine.get();
            } else if (found.isPresent()) {
                problems.add(Words.say("live", "ui-not-yours"));
                someoneElses = true;
                join.setHref(Words.href("join?c=" + found.get().code()));
            } else {
                problems.add(Words.say("live", "ui-gone", "code", state.code()));
                start.setText(Words.say("live", "ui-start-again"));
            }
        }
        join.setVisible(someoneElses);
        notice.show(problems);
        setup.setVisible(live == null);
        running.setVisible(live != null);
        stage.stage.setVisible(live != null);
        following.follow(live);
    }

    private Lesson lesson(List<String> problems) {
        if (state.lesson().isBlank()) {
            return null;
        }
        LessonLink.Reading reading = LessonLink.decode(state.lesson(), PageLanguage.current());
        reading.problem().ifPresent(problems::add);
        return reading.lesson().steps().isEmpty() ? null : reading.lesson();
    }

    private void start() {
        Lesson lesson = choice.chosen();
        String link = choice.fromLink() ? state.lesson() : LessonLink.encode(lesson);
        try {
            Classrooms.Started started = classrooms.start(lesson, Math.min(state.step(), lesson.steps().size()) - 1);
            ClassSession.keepSecret(started.live().code(), started.secret());
            UI.getCurrent().navigate("class", new ClassState(link, started.live().code(), state.step()).query());
        } catch (ClassRefusal refusal) {
            notice.show(refusal.sentence(PageLanguage.current()));
        }
    }

    private void showOffer(int id) {
        drive(() -> live.show(secret, id));
    }

    private void drive(Runnable action) {
        try {
            action.run();
        } catch (ClassRefusal refusal) {
            notice.show(refusal.sentence(PageLanguage.current()));
        }
    }

    private void render(LiveClass.Snapshot s) {
        if (s.ended()) {
            notice.show(Words.say("live", "ui-ended", "code", s.code()));
            following.follow(null);
            live = null;
            start.setText(Words.say("live", "ui-start-again"));
            setup.setVisible(true);
            running.setVisible(false);
            stage.stage.setVisible(false);
            return;
        }
        heading.setText(Words.title(s.lesson()));
        codeBox.show(s.code(), s.students());
        stage.show(s.lesson(), s.step(), s.shown());
        hideExample.setVisible(s.shown().isPresent());
        back.setEnabled(s.step() > 0);
        next.setEnabled(s.step() < s.lesson().steps().size() - 1);
        tally.show(s.tally(), s.current());
        offers.show(s.offers());
        if (s.step() + 1 != state.step()) {
            state = new ClassState(state.lesson(), state.code(), s.step() + 1);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("class",
                    PageLanguage.with(state.query(), PageLanguage.current()))));
        }
    }

    private static String hours(java.time.Duration d) {
        return d.toMinutes() % 60 == 0 ? Words.say("live", d.toHours() == 1 ? "ui-hour" : "ui-hours", "n", d.toHours())
                : Words.say("live", "ui-minutes", "n", d.toMinutes());
    }
}
