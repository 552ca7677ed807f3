package dev.glassbox.ui.live;

import dev.glassbox.ui.lesson.Words;

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
        add(new H3(Words.say("live", "ui-offers")), list);
    }

    void show(List<LiveClass.Offer> offers) {
        setVisible(!offers.isEmpty());
        list.removeAll();
        for (LiveClass.Offer offer : offers) {
            String who = offer.nickname().isBlank() ? Words.say("live", "ui-a-student") : offer.nickname();
            Span text = new Span(offer.sentence().isBlank()
                    ? Words.say("live", "ui-offer-page", "who", who, "page", page(offer.view()))
                    : Words.say("live", "ui-offer-sentence", "who", who, "sentence", offer.sentence(), "page", page(offer.view())));
            text.addClassName("gb-offer-text");
            Button put = new Button(Words.say("live", "ui-show-everyone"), e -> show.accept(offer.id()));
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
