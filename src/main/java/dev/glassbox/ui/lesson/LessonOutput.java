package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.model.lesson.Language;

import dev.glassbox.model.lesson.LessonText;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonFile;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.ui.base.Notice;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;

/** The lesson's link (with its length), Play, the handout, and saving to or opening from a small JSON file. */
final class LessonOutput extends Div {

    /** Links longer than this can be cut short by some mail and chat programs. */
    static final int SAFE_LINK = 2_000;

    private final Anchor play = new Anchor("", Words.say("class", "ui-play"));
    private final Anchor print = new Anchor("", Words.say("class", "ui-handout-link"));
    private final Anchor download = new Anchor("", Words.say("class", "ui-save-file"));
    private Lesson current = new Lesson(Lesson.UNTITLED, java.util.List.of());
    private final Paragraph length = new Paragraph();
    private final Notice notice = new Notice("file-notice");
    private final Div ready = new Div();

    LessonOutput(BiConsumer<Lesson, String> onOpen) {
        setId("lesson-output");
        addClassName("gb-lesson-output");
        play.setId("play-lesson");
        play.setTarget(AnchorTarget.BLANK);
        play.addClassName("gb-play-link");
        print.setId("print-lesson");
        print.setTarget(AnchorTarget.BLANK);
        download.setId("download-lesson");
        // Written when it is asked for, from the lesson as it is then.
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = LessonFile.write(current).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "lesson.json", "application/json", bytes.length);
        }), AttachmentType.DOWNLOAD);
        length.setId("link-length");
        Button copy = new Button(Words.say("class", "ui-copy-link"), VaadinIcon.COPY.create());
        copy.setId("copy-link");
        // Copied in the browser (frontend/lesson-player.js), which knows the full address.

        Language language = PageLanguage.current();
        LessonText text = PageLanguage.text("class");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElse(UI.getCurrent());
            Runnable read = () -> {
                LessonLink.Reading r = LessonFile.read(new String(bytes, StandardCharsets.UTF_8), language);
                if (r.lesson().steps().isEmpty()) {
                    notice.show(r.problem().orElse(text.plain("ui-file-no-steps")));
                } else {
                    notice.clear();
                    onOpen.accept(r.lesson(), r.problem().orElse(null));
                }
            };
            if (ui != null) {
                ui.access(read::run);
            } else {
                read.run();
            }
        }));
        upload.setId("open-lesson");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LessonFile.MAX_CHARACTERS * 4);
        upload.setUploadButton(new Button(Words.say("class", "ui-open-file"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(Words.say("class", "ui-drop")));
        // One file at a time: the list is emptied after each, so that the next can be opened.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> notice.show(Words.say("class", "ui-file-rejected", "max", LessonFile.MAX_CHARACTERS)));

        Div links = new Div(play, copy, print, download);
        links.addClassName("gb-lesson-tools");
        ready.add(length, links);
        add(ready, notice, upload);
    }

    void show(Lesson lesson) {
        boolean any = !lesson.steps().isEmpty();
        ready.setVisible(any);
        if (!any) {
            return;
        }
        String link = LessonLink.encode(lesson);
        String href = LessonLinks.play(link, 1);
        play.setHref(href);
        print.setHref(LessonLinks.print(link));
        current = lesson;
        int chars = link.length();
        String holds = Words.say("class", lesson.steps().size() == 1 ? "ui-link-length-one" : "ui-link-length-other",
                "n", lesson.steps().size(), "chars", chars);
        length.setText(chars > SAFE_LINK ? holds + " " + Words.say("class", "ui-link-too-long", "safe", SAFE_LINK) : holds);
        length.getElement().setAttribute("data-copied-text", Words.say("class", "ui-link-copied"));
    }
}
