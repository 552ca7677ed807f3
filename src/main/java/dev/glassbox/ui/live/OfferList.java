package dev.glassbox.ui.live;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.glassbox.model.live.LiveClass;
import java.util.List;
import java.util.function.IntConsumer;

/** The examples students offered, as text, each with a button that puts it on every screen; only the teacher sees it. */
final class OfferList extends Div {

    private final UnorderedList list = new UnorderedList();
    private final IntConsumer show;

    OfferList(IntConsumer show) {
        this.show = show;
        setId("class-offers");
        addClassName("gb-class-offers");
        add(new H3("Examples offered by students"), list);
    }

    void show(List<LiveClass.Offer> offers) {
        setVisible(!offers.isEmpty());
        list.removeAll();
        for (LiveClass.Offer offer : offers) {
            Span text = new Span((offer.nickname().isBlank() ? "A student" : offer.nickname()) + ": "
                    + (offer.sentence().isBlank() ? "" : "“" + offer.sentence() + "” ") + "on " + page(offer.view()));
            text.addClassName("gb-offer-text");
            Button put = new Button("Show to everyone", e -> show.accept(offer.id()));
            put.setId("offer-show-" + offer.id());
            put.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(text, put));
        }
    }

    private static String page(String view) {
        int q = view.indexOf('?');
        return q < 0 ? view : view.substring(0, q);
    }
}
