package dev.glassbox.ui.live;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.glassbox.model.lesson.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The class's code, large enough to read from the back of the room, with the address students open and its QR code
 * (which carries the code), and how many students have joined.
 */
final class CodeBox extends Div {

    private final Span code = new Span();
    private final Paragraph where = new Paragraph();
    private final Image qr = new Image();
    private final Paragraph count = new Paragraph();
    private String origin = "";
    private String shown = "";

    CodeBox() {
        setId("class-code-box");
        addClassName("gb-class-code-box");
        code.setId("class-code");
        code.addClassName("gb-class-code");
        where.setId("class-join-link");
        qr.setId("class-qr");
        qr.addClassName("gb-class-qr");
        count.setId("class-count");
        count.getElement().setAttribute("aria-live", "polite");
        Div text = new Div(where, count);
        text.addClassName("gb-class-code-text");
        Div top = new Div(new Span(Words.say("live", "ui-class-code")), code);
        top.addClassName("gb-class-code-top");
        add(top, text, qr);
        // The address as the students' browsers reach this server (behind a proxy too): the browser knows it best.
        addAttachListener(e -> getElement().executeJs("return window.location.origin").then(String.class, o -> {
            origin = o;
            drawQr();
        }));
    }

    void show(String classCode, int students) {
        count.setText(Words.say("live", students == 1 ? "ui-joined-one" : "ui-joined-other", "n", students));
        if (!classCode.equals(shown)) {
            shown = classCode;
            code.setText(classCode);
            drawQr();
        }
    }

    private void drawQr() {
        if (shown.isEmpty() || origin.isEmpty()) {
            return;
        }
        String link = origin + "/join?c=" + shown;
        where.setText(Words.say("live", "ui-students-open", "address", origin + "/join"));
        QrCode.Drawing drawing = QrCode.of(link);
        qr.setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(drawing.svg().getBytes(StandardCharsets.UTF_8)));
        qr.setAlt(Words.say("live", "ui-qr-alt", "link", link));
    }
}
