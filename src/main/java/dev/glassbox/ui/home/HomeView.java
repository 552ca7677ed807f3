package dev.glassbox.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.lesson.ClassLessons;
import java.util.List;

/** The learner's sentence, then one card per lesson showing what that stage makes of it. */
@Route("")
@PageTitle("Glassbox — how a language model reads a sentence")
@Menu(order = 0, title = "Start", icon = "vaadin:home")
public class HomeView extends Main implements BeforeEnterObserver {

    /** Every lesson's card, in the order a model reads a sentence. */
    private final List<LessonCard> cards;

    private final SentenceField field = new SentenceField();
    private final Notice notice = new Notice("sentence-notice");
    private final Div journey = new Div();

    public HomeView(List<LessonCard> cards) {
        this.cards = List.copyOf(cards);
        addClassName("gb-page");
        journey.setId("journey");
        journey.addClassName("gb-journey");
        add(new H1(dev.glassbox.ui.lesson.Words.say("home", "heading")),
                new Prose("home", "intro"), field, notice, journey, new ClassLessons());
        field.onSentence(s -> UI.getCurrent().navigate(HomeView.class, Query.of(Query.SENTENCE, s)), notice::show);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String sentence = new Query(event.getLocation().getQueryParameters()).sentence();
        field.setValue(sentence);
        journey.removeAll();
        try {
            LearnerText.require(sentence);
            notice.clear();
            cards.forEach(card -> journey.add(card.card(sentence)));
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }
}
