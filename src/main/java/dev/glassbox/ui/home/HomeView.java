package dev.glassbox.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.attention.AttentionView;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.encoder.EncoderView;
import dev.glassbox.ui.position.PositionsView;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.stats.NormalView;
import dev.glassbox.ui.stats.ZScoresView;
import dev.glassbox.ui.embedding.EmbeddingsView;
import dev.glassbox.ui.lstm.LstmView;
import dev.glassbox.ui.oop.ObjectsView;
import dev.glassbox.ui.tokenize.TokensView;
import java.util.List;
import java.util.function.Function;

/** The learner's sentence, then one card per lesson showing what that stage makes of it. */
@Route("")
@PageTitle("Glassbox — how a language model reads a sentence")
@Menu(order = 0, title = "Start", icon = "vaadin:home")
public class HomeView extends Main implements BeforeEnterObserver {

    /** Every lesson's card, in the order a model reads a sentence. */
    private static final List<Function<String, JourneyCard>> JOURNEY = List.of(TokensView::card, EmbeddingsView::card,
            PositionsView::card, AttentionView::card, EncoderView::card, LstmView::card, ZScoresView::card,
            NormalView::card, ObjectsView::card);

    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("sentence-notice");
    private final Div journey = new Div();

    public HomeView() {
        addClassName("gb-page");
        journey.setId("journey");
        journey.addClassName("gb-journey");
        add(new H1("How does a language model read a sentence?"),
                new Paragraph("Type a sentence and follow it through each stage of a real model. Every number you see "
                        + "is computed for your sentence, and every step shows its formula."),
                field, notice, journey);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit(e.getValue());
            }
        });
    }

    private void submit(String text) {
        try {
            LearnerText.require(text);
            UI.getCurrent().navigate(HomeView.class, Query.of(Query.SENTENCE, text));
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String sentence = new Query(event.getLocation().getQueryParameters()).sentence();
        field.setValue(sentence);
        journey.removeAll();
        try {
            LearnerText.require(sentence);
            notice.clear();
            JOURNEY.forEach(card -> journey.add(card.apply(sentence)));
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }
}
