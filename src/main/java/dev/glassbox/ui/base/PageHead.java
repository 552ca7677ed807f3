package dev.glassbox.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The head of every page Glassbox serves: the browser base module ({@code frontend/base.js}) as the first script,
 * loaded synchronously so that the learner's light or dark choice (remembered, or {@code ?theme=} in the link) is
 * applied before the first paint, and the icon.
 */
@SpringComponent
public class PageHead implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> write(response.getDocument()));
    }

    static void write(Document document) {
        Element head = document.head();
        Element script = new Element("script").attr("src", "frontend/base.js");
        Element base = head.selectFirst("base");
        if (base != null) {
            base.after(script);
        } else {
            head.prependChild(script);
        }
        head.appendElement("link").attr("rel", "icon").attr("type", "image/svg+xml").attr("href", "icons/glassbox.svg");
    }
}
