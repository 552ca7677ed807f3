package dev.glassbox.ui.position;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.util.List;

/**
 * The positions lesson's state, as its URL carries it: {@code ?s=…&n=32&d=64}. The sentence is only carried along
 * for the other lessons; nothing here points into it.
 */
record PositionsState(String sentence, int positions, int dimensions) {

    static final String POSITIONS = "n", DIMENSIONS = "d";
    static final List<String> POSITION_CHOICES = List.of("16", "32", "64", "128");
    static final List<String> DIMENSION_CHOICES = List.of("16", "64", "128", "384");

    static Parsed<PositionsState> parse(QueryParameters parameters) {
        Query q = new Query(parameters);
        PositionsState state = new PositionsState(q.sentence(),
                Integer.parseInt(q.choice(POSITIONS, POSITION_CHOICES, "32", "number of positions")),
                Integer.parseInt(q.choice(DIMENSIONS, DIMENSION_CHOICES, "64", "number of dimensions")));
        return new Parsed<>(state, q.problems());
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, POSITIONS, positions, DIMENSIONS, dimensions);
    }
}
