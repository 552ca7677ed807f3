package dev.glassbox.ui.position;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Query;
import java.util.List;

/**
 * The positions lesson's state, as its URL carries it: {@code ?s=…&n=32&d=64&answer=…}. The sentence is only carried
 * along for the other lessons; nothing here points into it. The answers to the lesson's questions: see {@link Answers}.
 */
record PositionsState(String sentence, int positions, int dimensions, Answers answers) {

    static final String POSITIONS = "n", DIMENSIONS = "d";
    static final List<String> POSITION_CHOICES = List.of("16", "32", "64", "128");
    static final List<String> DIMENSION_CHOICES = List.of("16", "64", "128", "384");

    PositionsState(String sentence, int positions, int dimensions) {
        this(sentence, positions, dimensions, Answers.NONE);
    }

    static Parsed<PositionsState> parse(QueryParameters parameters) {
        Query q = new Query(parameters);
        PositionsState state = new PositionsState(q.sentence(),
                Integer.parseInt(q.choice(POSITIONS, POSITION_CHOICES, "32", Words.t("link-positions"))),
                Integer.parseInt(q.choice(DIMENSIONS, DIMENSION_CHOICES, "64", Words.t("link-dimensions"))), Answers.parse(q));
        return new Parsed<>(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, POSITIONS, positions, DIMENSIONS, dimensions, Answers.PARAMETER,
                answers.parameter());
    }

    /** Other positions or dimensions: the answers stay (one whose question changes no longer counts). */
    PositionsState with(int n, int d) {
        return new PositionsState(sentence, n, d, answers);
    }

    PositionsState withAnswer(Prediction question, String value) {
        return new PositionsState(sentence, positions, dimensions, answers.with(question, value));
    }
}
