package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * Two questions, each before the paragraph it hides, for the component's browser test (test scope: not part of the
 * app). {@code ?n=…} sets the number question's truth, as a new sentence would change a lesson's.
 */
@Route("test/question")
public class QuestionView extends Main implements BeforeEnterObserver {

    static final String TRUTH = "n";
    private Answers answers = Answers.NONE;
    private int truth;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Query query = new Query(event.getLocation().getQueryParameters());
        truth = query.integer(TRUTH, 4, 0, 100, "truth");
        answers = Answers.parse(query);
        removeAll();
        Prediction pick = Prediction.choice("pick", "Which word comes first in “the animal”?",
                List.of(new Prediction.Choice("a", "animal"), new Prediction.Choice("b", "the")), "b",
                "“the” is word 1 and “animal” word 2.");
        Prediction count = Prediction.number("count", "How many?", truth, 0, Integer.toString(truth),
                "There are " + truth + ".");
        Paragraph first = new Paragraph("The first figure.");
        first.setId("first-figure");
        Paragraph second = new Paragraph("The second figure.");
        second.setId("second-figure");
        add(new H1("Questions"), new Question(pick, answers, this::answered, first), first,
                new Question(count, answers, this::answered, second), second);
    }

    private void answered(Prediction question, String value) {
        answers = answers.with(question, value);
        UrlState.replace(QuestionView.class, Query.of(TRUTH, truth, Answers.PARAMETER, answers.parameter()));
    }
}
