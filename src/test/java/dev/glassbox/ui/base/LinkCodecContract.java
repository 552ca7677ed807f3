package dev.glassbox.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The contract every view's link codec keeps, checked on links a fuzzer writes: reading any link gives a state and
 * one non-blank sentence per value it replaced, never an exception; the state writes a link that reads back as the
 * same state with no problem (so a shared link restores the view exactly).
 */
public final class LinkCodecContract {

    /** Parameters every view reads besides its own. */
    private static final List<String> SHARED = List.of(Query.SENTENCE, Folds.PARAMETER, Answers.PARAMETER);

    private LinkCodecContract() {
    }

    /**
     * A query as Vaadin hands it to a view (already URL-decoded): parameters named mostly from {@code names} and the
     * shared ones, sometimes repeated or unknown, with any text as values.
     */
    public static QueryParameters query(FuzzedDataProvider data, String... names) {
        List<String> known = new ArrayList<>(SHARED);
        known.addAll(List.of(names));
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            String name = data.consumeBoolean() ? data.pickValue(known) : data.consumeString(8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(data.consumeString(600));
        }
        return new QueryParameters(parameters);
    }

    /** Checks the contract for one query. */
    public static <S> void check(QueryParameters query, Function<QueryParameters, Parsed<S>> parse,
            Function<S, QueryParameters> toQuery) {
        Parsed<S> parsed = parse.apply(query);
        assertThat(parsed.state()).isNotNull();
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p).isNotBlank());
        String link = toQuery.apply(parsed.state()).getQueryString();
        Parsed<S> again = parse.apply(QueryParameters.fromString(link));
        assertThat(again.problems()).as("problems reading back %s", link).isEmpty();
        assertThat(again.state()).as("state read back from %s", link).isEqualTo(parsed.state());
    }
}
