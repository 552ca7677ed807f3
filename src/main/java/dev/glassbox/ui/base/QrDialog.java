package dev.glassbox.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.lesson.QrCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The QR code of the page's own link, drawn on the server ({@link QrCode}) and shown large, for a class to scan from
 * the back of the room: 80 % of the screen's smaller side (on a 1080p projector about 860 pixels). The link is the
 * page's address as the browser has it, without the presenter and embedded modes and the colour choice.
 */
public final class QrDialog {

    /** Parameters a QR code never carries: they belong to the screen it was shown on. */
    static final List<String> SCREEN_ONLY = List.of("present", "embed", "theme", "hide", "lock", "mark");

    private QrDialog() {
    }

    /** Makes {@code button} open the QR code of the page's link. */
    public static void openOnClick(Button button) {
        button.getElement().addEventListener("click", e -> open(e.getEventData().get("window.location.href").asString()))
                .addEventData("window.location.href");
    }

    /** Opens the QR code of {@code href} (an absolute http(s) link). */
    public static void open(String href) {
        Dialog dialog = new Dialog();
        dialog.setId("qr-dialog");
        dialog.addClassName("gb-qr-dialog");
        dialog.setHeaderTitle(PageLanguage.text("common").plain("qr-title"));
        Button close = new Button(PageLanguage.text("common").plain("qr-close"), e -> dialog.close());
        close.setId("qr-close");
        dialog.getFooter().add(close);
        String link = shareable(href);
        try {
            QrCode.Drawing drawing = QrCode.of(link);
            Image image = new Image("data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(drawing.svg().getBytes(StandardCharsets.UTF_8)),
                    PageLanguage.text("common").plain("qr-image", java.util.Map.of("link", link)));
            image.setId("qr-image");
            image.addClassName("gb-qr-image");
            Paragraph text = new Paragraph(link);
            text.setId("qr-link");
            text.addClassName("gb-qr-link");
            Paragraph about = new Paragraph(PageLanguage.text("common").plain("qr-about", java.util.Map.of("level", drawing.level(),
                    "percent", "L".equals(drawing.level()) ? "7" : "15", "modules", drawing.modules(),
                    "version", drawing.version())));
            about.addClassName("gb-note");
            dialog.add(image, text, about);
        } catch (IllegalArgumentException ex) {
            Notice notice = new Notice("qr-notice");
            notice.show(ex.getMessage());
            dialog.add(notice);
        }
        dialog.open();
        close.focus();
    }

    /** {@code href} without the parameters that belong to one screen; unchanged when it is not a plain http(s) link. */
    static String shareable(String href) {
        try {
            URI uri = new URI(href);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                return href;
            }
            String query = uri.getRawQuery() == null ? null : java.util.Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(pair -> !SCREEN_ONLY.contains(pair.split("=", 2)[0]))
                    .collect(Collectors.joining("&"));
            String base = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
            return query == null || query.isEmpty() ? base : base + "?" + query;
        } catch (URISyntaxException e) {
            return href;
        }
    }
}
