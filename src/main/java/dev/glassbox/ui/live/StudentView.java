package dev.glassbox.ui.live;

import dev.glassbox.ui.base.PageLanguage;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import dev.glassbox.model.live.ClassRefusal;
import dev.glassbox.model.live.Classrooms;
import dev.glassbox.model.live.LiveClass;
import dev.glassbox.model.live.Nickname;
import dev.glassbox.ui.base.CheckedAnswers;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import java.util.Map;
import java.util.Optional;

/**
 * A student's page of a live class, {@code /join?c=KHMPRT&n=Mia}: type the code (and a nickname if you like), then
 * follow the teacher's lesson, answer its questions, look back at earlier steps on your own and come back to the class,
 * and offer your own example to the teacher. A reload rejoins the same seat (the session remembers it).
 */
@Route("join")
@PageTitle("Join a class — Glassbox")
@StyleSheet("context://frontend/lesson-player.css")
@StyleSheet("context://frontend/live-class.css")
public class StudentView extends Main implements BeforeEnterObserver {

    private final Classrooms classrooms;
    private final H1 heading = new H1(Words.say("live", "ui-join-heading"));
    private final Notice notice = new Notice("join-notice");
    private final TextField code = new TextField(Words.say("live", "ui-class-code"));
    private final TextField nickname = new TextField(Words.say("live", "ui-nickname"));
    private final Button join = new Button(Words.say("live", "ui-join"), VaadinIcon.SIGN_IN.create());
    private final Div form = new Div();
    private final Paragraph me = new Paragraph();
    private final Button earlier = new Button(Words.say("live", "ui-earlier"));
    private final Button later = new Button(Words.say("live", "ui-later"));
    private final Paragraph away = new Paragraph();
    private final Button backToClass = new Button(Words.say("live", "ui-back-to-class"), VaadinIcon.ARROW_FORWARD.create());
    private final ClassStage stage = new ClassStage();
    private final StudentQuestion question = new StudentQuestion(this::answer);
    private final Button share = new Button(Words.say("live", "ui-share"), VaadinIcon.SHARE.create());
    private final Paragraph shared = new Paragraph();
    private final Div joined = new Div();

    private LiveClass live;
    private String seat;
    private LiveClass.Snapshot last;
    /** The step the student looks at on their own, or -1 while following the class. */
    private int own = -1;
    private final Following following = new Following(this, this::render);
    private Runnable stopHearing = () -> { };

    public StudentView(Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassNames("gb-player", "gb-class");
        code.setId("join-code");
        code.setMaxLength(20);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        nickname.setId("join-nickname");
        nickname.setMaxLength(Nickname.MAX);
        nickname.setHelperText(Words.say("live", "ui-nickname-helper", "max", Nickname.MAX));
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        join.addClickListener(e -> join());
        form.setId("join-form");
        form.addClassName("gb-join-form");
        form.add(new Prose("live", "join", Map.of("nickname", Nickname.MAX)), code, nickname, join);
        me.setId("class-me");
        earlier.setId("own-previous");
        later.setId("own-next");
        earlier.addClickListener(e -> browse(-1));
        later.addClickListener(e -> browse(+1));
        away.setId("class-away");
        backToClass.setId("back-to-class");
        backToClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backToClass.addClickListener(e -> {
            own = -1;
            render(last);
        });
        share.setId("share-example");
        share.addClickListener(e -> share());
        shared.setId("share-state");
        shared.getElement().setAttribute("aria-live", "polite");
        Div buttons = new Div(earlier, later);
        buttons.addClassName("gb-step-buttons");
        Div where = new Div(stage.progress, buttons);
        where.addClassName("gb-step-where");
        joined.setId("class-joined");
        joined.addClassName("gb-class-running");
        joined.add(me, where, away, backToClass, stage.title, stage.example, stage.note, question, share, shared);
        Div panel = new Div(heading, notice, form, joined);
        panel.addClassName("gb-step-panel");
        add(panel, stage.stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Query query = new Query(event.getLocation().getQueryParameters());
        String typed = query.text(ClassState.CODE, "");
        code.setValue(typed.length() <= 20 ? typed : "");
        nickname.setValue(Nickname.clean(query.text("n", "")));
        // A reload (or the same link again) in the same browser takes the same seat, without a new attempt.
        Optional<LiveClass> found = classrooms.find(typed);
        Optional<String> mine = found.flatMap(c -> ClassSession.seat(c.code())).filter(s -> found.get().hasMember(s));
        if (mine.isPresent()) {
            enter(found.get(), mine.get());
        } else {
            showForm();
        }
    }

    private void join() {
        String address = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getRemoteAddr();
        switch (classrooms.join(code.getValue(), nickname.getValue(), address)) {
            case Classrooms.Joined j -> {
                ClassSession.keepSeat(j.live().code(), j.memberId());
                enter(j.live(), j.memberId());
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("join", PageLanguage.with(
                        Query.of(ClassState.CODE, j.live().code(), "n", Nickname.clean(nickname.getValue()).isEmpty()
                                ? null : Nickname.clean(nickname.getValue())), PageLanguage.current()))));
            }
            case Classrooms.Refused r -> {
                try {
                    Thread.sleep(r.delay()); // a wrong code answers slowly, so codes cannot be guessed quickly
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                notice.show(r.sentence(PageLanguage.current()));
            }
        }
    }

    private void enter(LiveClass c, String memberId) {
        live = c;
        seat = memberId;
        own = -1;
        notice.clear();
        String name = Nickname.clean(nickname.getValue());
        me.setText(name.isEmpty() ? Words.say("live", "ui-me", "code", c.code()) : Words.say("live", "ui-me-named", "code", c.code(), "name", name));
        form.setVisible(false);
        joined.setVisible(true);
        stage.stage.setVisible(true);
        following.follow(c);
    }

    private void showForm() {
        following.follow(null);
        live = null;
        form.setVisible(true);
        joined.setVisible(false);
        stage.stage.setVisible(false);
    }

    private void render(LiveClass.Snapshot s) {
        if (s == null) {
            return;
        }
        last = s;
        if (s.ended()) {
            showForm();
            notice.show(Words.say("live", "refused-ended", "code", s.code()));
            return;
        }
        heading.setText(Words.title(s.lesson()));
        own = own > s.step() ? -1 : own;
        boolean following = own < 0;
        int index = following ? s.step() : own;
        stage.show(s.lesson(), index, following ? s.shown() : Optional.empty());
        question.setVisible(following);
        if (following) {
            question.show(s.current(), s.step(), s.tally(), s.answerOf(seat), s.pageAnswerOf(seat));
        }
        away.setVisible(!following);
        away.setText(Words.say("live", "ui-away", "n", index + 1, "at", s.step() + 1));
        backToClass.setVisible(!following);
        earlier.setEnabled(index > 0);
        later.setEnabled(index < s.step());
    }

    private void browse(int by) {
        if (last == null) {
            return;
        }
        int index = (own < 0 ? last.step() : own) + by;
        own = index >= last.step() ? -1 : Math.max(0, index);
        render(last);
    }

    private void answer(int choice) {
        try {
            live.answer(seat, choice);
        } catch (ClassRefusal refusal) {
            notice.show(refusal.sentence(PageLanguage.current()));
        }
    }

    private void share() {
        stage.frame.getElement().executeJs("try { const l = this.contentWindow.location; return l.pathname + l.search; }"
                + " catch (e) { return ''; }").then(String.class, view -> {
                    try {
                        live.offer(seat, view);
                        shared.setText(Words.say("live", "ui-offered"));
                    } catch (ClassRefusal e) {
                        shared.setText(e.sentence(PageLanguage.current()));
                    } catch (IllegalArgumentException e) {
                        shared.setText(Words.problem(e));
                    }
                });
    }

    /** An answer checked in the step's page below: it goes to the teacher's tally while the student follows the class. */
    private void checked(CheckedAnswers.Checked c) {
        if (live == null || own >= 0) {
            return;
        }
        try {
            live.answerInPage(seat, c.questionId(), new LiveClass.PageAnswer(c.value(), c.said(), c.right()));
        } catch (ClassRefusal refusal) {
            notice.show(refusal.sentence(PageLanguage.current()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        stopHearing = CheckedAnswers.listen(this::checked);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopHearing.run();
    }
}
