package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

/** One stage of the home page's journey: what that lesson produces for the sentence, and a link to it. */
public class JourneyCard extends Div {

    public JourneyCard(String id, String title, String description, Component preview, String route,
            QueryParameters query) {
        setId("card-" + id);
        addClassName("gb-card");
        add(new H2(title), new Paragraph(description));
        preview.addClassName("gb-card-preview");
        add(preview);
        Anchor open = new Anchor(Query.href(route, query), PageLanguage.text("common").plain("journey-open"));
        open.getElement().setAttribute("aria-label", PageLanguage.text("common").plain("journey-open-label", java.util.Map.of("title", title)));
        open.addClassName("gb-card-link");
        add(open);
    }
}
