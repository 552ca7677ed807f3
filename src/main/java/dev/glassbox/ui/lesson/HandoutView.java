package dev.glassbox.ui.lesson;

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
    private String title = "A lesson";

    public HandoutView() {
        addClassNames("gb-page", "gb-handout");
        Button printButton = new Button("Print", VaadinIcon.PRINT.create());
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
        LessonLink.Reading reading = LessonLink.decode(link);
        Lesson lesson = reading.lesson();
        title = lesson.title();
        notice.show(reading.problem().stream().toList());
        body.removeAll();
        if (lesson.steps().isEmpty()) {
            return;
        }
        H1 heading = new H1(lesson.title());
        heading.setId("handout-title");
        Paragraph play = new Paragraph("Play the lesson: ");
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
        Section answers = new Section(new H2("Answer key"), key);
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
                        d.svg().getBytes(StandardCharsets.UTF_8)), "QR code of the lesson's link");
                target.removeAll();
                target.add(image, new Span("Scan to play the lesson."));
            } catch (IllegalArgumentException e) {
                target.removeAll();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return "Handout: " + title + " — Glassbox";
    }

    private static Article step(int i, LessonStep step) {
        Article a = new Article();
        a.setId("handout-step-" + (i + 1));
        a.addClassName("gb-handout-step");
        a.add(new H2("Step " + (i + 1) + ": " + step.title()), new NoteText("handout-note-" + (i + 1), step.note()));
        Paragraph page = new Paragraph("Page: ");
        Anchor view = new Anchor(LessonLinks.view(step), "");
        view.addClassName("gb-absolute-link");
        page.add(view);
        a.add(page);
        // The figures the step's page shows before its questions are answered, drawn in the browser from the page
        // itself (frontend/lesson-player.js), so they are exactly what the class will see.
        Div figures = new Div(new Paragraph("Drawing the figures of this step's page…"));
        figures.setId("handout-figures-" + (i + 1));
        figures.addClassName("gb-handout-figures");
        figures.getElement().setAttribute("data-view", LessonLinks.frame(step, false));
        a.add(figures);
        switch (step.question()) {
            case StepQuestion.None n -> {
            }
            case StepQuestion.OwnChoice o -> {
                Paragraph prompt = new Paragraph("Question: " + o.prompt());
                prompt.addClassName("gb-handout-question");
                OrderedList choices = new OrderedList(OrderedList.NumberingType.UPPERCASE_LETTER);
                o.choices().forEach(c -> choices.add(new ListItem(c)));
                a.add(prompt, choices);
            }
            case StepQuestion.FromView v -> {
                Paragraph prompt = new Paragraph("Question, answered on the page: " + viewPrompt(step, v));
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
            case StepQuestion.FromView v -> "computed by the page for the sentence on screen: open the step's page "
                    + "and answer there (" + viewPrompt(step, v) + ")";
        };
        if (text != null) {
            ListItem item = new ListItem("Step " + (i + 1) + " (" + step.title() + "): " + text);
            item.setId("answer-" + (i + 1));
            key.add(item);
        }
    }

    private static String viewPrompt(LessonStep step, StepQuestion.FromView v) {
        return ViewQuestions.of(step.route()).stream().filter(q -> q.id().equals(v.id())).findFirst()
                .map(ViewQuestions.Entry::prompt).orElse("the question “" + v.id() + "”");
    }
}
