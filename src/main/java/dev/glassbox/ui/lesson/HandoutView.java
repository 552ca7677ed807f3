package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.lesson.ViewQuestions;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;

/**
 * A lesson as a handout to print, {@code /lesson/print?l=…}: every step with its note, the link to its page, the
 * figures that page shows before its questions are answered, and its question, and the answer key on a page of its own (the print stylesheet in {@code frontend/lesson-player.css}).
 */
@Route("lesson/print")
@JavaScript("context://frontend/lesson-player.js")
@StyleSheet("context://frontend/lesson-player.css")
public class HandoutView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Notice notice = new Notice("handout-notice");
    private final Div body = new Div();
    private String title = Lesson.UNTITLED;

    public HandoutView() {
        addClassNames("gb-page", "gb-handout");
        Button printButton = new Button(Words.say("class", "ui-print"), VaadinIcon.PRINT.create());
        printButton.setId("print-handout");
        printButton.addClassName("gb-no-print");
        // Printing is the browser's own dialog: frontend/lesson-player.js opens it on this button.
        Prose about = new Prose("class", "handout");
        about.addClassName("gb-no-print");
        add(notice, about, printButton, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String link = new Query(event.getLocation().getQueryParameters()).text(LessonLinks.LESSON, "");
        LessonLink.Reading reading = LessonLink.decode(link, PageLanguage.current());
        Lesson lesson = reading.lesson();
        title = lesson.title();
        notice.show(reading.problem().stream().toList());
        body.removeAll();
        if (lesson.steps().isEmpty()) {
            return;
        }
        H1 heading = new H1(Words.title(lesson));
        heading.setId("handout-title");
        Paragraph play = new Paragraph(Words.say("class", "ui-handout-play") + " ");
        Anchor playLink = new Anchor(LessonLinks.play(link, 1), "");
        playLink.addClassName("gb-absolute-link");
        play.add(playLink);
        Div qr = new Div();
        qr.setId("handout-qr");
        qr.addClassName("gb-handout-qr");
        body.add(heading, play, qr);
        // The code needs the full address, which only the browser knows (this server may sit behind a proxy).
        getUI().ifPresentOrElse(ui -> addQr(ui, qr), () -> addAttachListener(e -> addQr(e.getUI(), qr)));
        UnorderedList key = new UnorderedList();
        key.setId("answer-key-list");
        for (int i = 0; i < lesson.steps().size(); i++) {
            body.add(step(i, lesson.steps().get(i)));
            answer(i, lesson.steps().get(i), key);
        }
        Section answers = new Section(new H2(Words.say("class", "ui-answer-key")), key);
        answers.setId("answer-key");
        answers.addClassName("gb-answer-key");
        body.add(answers);
    }

    private static void addQr(com.vaadin.flow.component.UI ui, Div target) {
        ui.getPage().fetchCurrentURL(url -> {
            String play = url.toString().replaceFirst("/lesson/print\\?", "/lesson?");
            try {
                QrCode.Drawing d = QrCode.of(play);
                Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                        d.svg().getBytes(StandardCharsets.UTF_8)), Words.say("class", "ui-qr-alt"));
                target.removeAll();
                target.add(image, new Span(Words.say("class", "ui-qr-scan")));
            } catch (IllegalArgumentException e) {
                target.removeAll();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return Words.say("class", "ui-handout-title", "title", Lesson.UNTITLED.equals(title) ? Words.say("class", "ui-untitled") : title);
    }

    private static Article step(int i, LessonStep step) {
        Article a = new Article();
        a.setId("handout-step-" + (i + 1));
        a.addClassName("gb-handout-step");
        a.add(new H2(Words.say("class", "ui-step-heading", "n", i + 1, "title", step.title())), new NoteText("handout-note-" + (i + 1), step.note()));
        Paragraph page = new Paragraph(Words.say("class", "ui-page") + " ");
        Anchor view = new Anchor(LessonLinks.view(step), "");
        view.addClassName("gb-absolute-link");
        page.add(view);
        a.add(page);
        // The figures the step's page shows before its questions are answered, drawn in the browser from the page
        // itself (frontend/lesson-player.js), so they are exactly what the class will see.
        Div figures = new Div(new Paragraph(Words.say("class", "ui-handout-drawing")));
        figures.setId("handout-figures-" + (i + 1));
        figures.addClassName("gb-handout-figures");
        figures.getElement().setAttribute("data-view", LessonLinks.frame(step, false));
        // The sentences the browser writes into the box (frontend/lesson-player.js), in the page's language.
        figures.getElement().setAttribute("data-frame-title", Words.say("class", "ui-handout-frame"));
        figures.getElement().setAttribute("data-lead", Words.say("class", "ui-handout-lead"));
        figures.getElement().setAttribute("data-failed", Words.say("class", "ui-handout-failed"));
        figures.getElement().setAttribute("data-none", Words.say("class", "ui-handout-none"));
        a.add(figures);
        switch (step.question()) {
            case StepQuestion.None n -> {
            }
            case StepQuestion.OwnChoice o -> {
                Paragraph prompt = new Paragraph(Words.say("class", "ui-handout-question", "prompt", o.prompt()));
                prompt.addClassName("gb-handout-question");
                OrderedList choices = new OrderedList(OrderedList.NumberingType.UPPERCASE_LETTER);
                o.choices().forEach(c -> choices.add(new ListItem(c)));
                a.add(prompt, choices);
            }
            case StepQuestion.FromView v -> {
                Paragraph prompt = new Paragraph(Words.say("class", "ui-handout-view-question", "prompt", viewPrompt(step, v)));
                prompt.addClassName("gb-handout-question");
                a.add(prompt);
            }
        }
        return a;
    }

    private static void answer(int i, LessonStep step, UnorderedList key) {
        String text = switch (step.question()) {
            case StepQuestion.None n -> null;
            case StepQuestion.OwnChoice o -> StepQuestion.OwnChoice.letter(o.correct()) + ". "
                    + o.choices().get(o.correct());
            case StepQuestion.FromView v -> Words.say("class", "ui-answer-view", "prompt", viewPrompt(step, v));
        };
        if (text != null) {
            ListItem item = new ListItem(Words.say("class", "ui-answer-item", "n", i + 1, "title", step.title(), "answer", text));
            item.setId("answer-" + (i + 1));
            key.add(item);
        }
    }

    private static String viewPrompt(LessonStep step, StepQuestion.FromView v) {
        return ViewQuestions.prompt(step.route(), v.id(), PageLanguage.current())
                .orElse(Words.say("class", "ui-unknown-question", "id", v.id()));
    }
}
