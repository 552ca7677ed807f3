package dev.glassbox.ui.base;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.text.LearnerText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a view's query string. Every view keeps its sentence under {@value #SENTENCE}; a value a
 * link gets wrong falls back to its default and adds one sentence to {@link #problems()}.
 */
public final class Query {

    /** The parameter every view keeps its sentence in. */
    public static final String SENTENCE = "s";

    private final QueryParameters parameters;
    private final List<String> problems = new ArrayList<>();

    public Query(QueryParameters parameters) {
        this.parameters = parameters;
    }

    /** The raw text of {@code name}, or {@code fallback} when absent. */
    public String text(String name, String fallback) {
        return parameters.getSingleParameter(name).orElse(fallback);
    }

    /** The sentence, or the default sentence when the link has none. */
    public String sentence() {
        return text(SENTENCE, LearnerText.DEFAULT_SENTENCE);
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} (with a problem) otherwise. */
    public int integer(String name, int fallback, int min, int max, String what) {
        String raw = parameters.getSingleParameter(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(PageLanguage.text("common").plain("link-number", java.util.Map.of("what", named(what), "min", min, "max", max, "fallback", fallback)));
        return fallback;
    }

    /** One of {@code choices}, or {@code fallback} (with a problem) otherwise. */
    public String choice(String name, List<String> choices, String fallback, String what) {
        String raw = parameters.getSingleParameter(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        if (choices.contains(raw)) {
            return raw;
        }
        problems.add(PageLanguage.text("common").plain("link-choice", java.util.Map.of("what", named(what), "choices", String.join(", ", choices), "fallback", fallback)));
        return fallback;
    }

    /**
     * The name of a link's setting in the page's language: {@code what} as a view gives it in English, looked up among
     * the {@code what-…} sections of the common text (a name without a section is used as it is).
     */
    private static String named(String what) {
        String section = "what-" + what.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        var text = PageLanguage.text("common");
        return text.names().contains(section) ? text.plain(section) : what;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * A relative link to {@code route} carrying {@code parameters}, each value encoded exactly once (space as
     * {@code %20}, {@code &}, {@code +}, {@code #}, {@code %} and every non-ASCII character percent-encoded as
     * UTF-8), so that the router decodes it back to the same text.
     */
    public static String href(String route, QueryParameters parameters) {
        String path = route.startsWith("/") ? route.substring(1) : route;
        String query = parameters.getQueryString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Builds query parameters from name–value pairs, leaving out {@code null} values. */
    public static QueryParameters of(Object... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                map.put(namesAndValues[i].toString(), value.toString());
            }
        }
        return QueryParameters.simple(map);
    }
}
