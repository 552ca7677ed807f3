package dev.glassbox.ui.lesson;

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

    private final Anchor play = new Anchor("", "Play the lesson");
    private final Anchor print = new Anchor("", "Handout to print");
    private final Anchor download = new Anchor("", "Save as a file");
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
        Button copy = new Button("Copy the link", VaadinIcon.COPY.create());
        copy.setId("copy-link");
        // Copied in the browser (frontend/lesson-player.js), which knows the full address.

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElse(UI.getCurrent());
            Runnable read = () -> {
                LessonLink.Reading r = LessonFile.read(new String(bytes, StandardCharsets.UTF_8));
                if (r.lesson().steps().isEmpty()) {
                    notice.show(r.problem().orElse("This file holds a lesson without steps."));
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
        upload.setUploadButton(new Button("Open a lesson file", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("or drop it here"));
        // One file at a time: the list is emptied after each, so that the next can be opened.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> notice.show("This file cannot be opened: a lesson file is a .json file of "
                + "at most " + String.format("%,d", LessonFile.MAX_CHARACTERS) + " characters."));

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
        length.setText("The lesson's link holds its " + lesson.steps().size()
                + (lesson.steps().size() == 1 ? " step" : " steps") + " in " + String.format("%,d", chars)
                + " characters (after the address of this server)."
                + (chars > SAFE_LINK ? " Links longer than about " + String.format("%,d", SAFE_LINK) + " characters can "
                        + "be cut short by some mail and chat programs: share the file, or shorten the notes." : ""));
    }
}
