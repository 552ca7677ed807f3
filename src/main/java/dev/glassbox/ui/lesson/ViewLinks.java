package dev.glassbox.ui.lesson;

import com.vaadin.flow.router.RouteConfiguration;
import dev.glassbox.model.lesson.LessonStep;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A link a teacher gives for a step, as the lesson keeps it: a path and query of a Glassbox page on this server. */
final class ViewLinks {

    /** Parameters of one screen (the lesson's own, presenter mode, colours): a step's link never keeps them. */
    static final List<String> SCREEN_ONLY = List.of("embed", "hide", "lock", "mark", "present", "theme", "lang");

    private ViewLinks() {
    }

    /**
     * {@code text} (a full link, or a path such as {@code /attention?s=Hi} or {@code attention?s=Hi}) as
     * {@code /route?query}, without the screen's own parameters.
     *
     * @throws IllegalArgumentException with one sentence when it is not a Glassbox page of this server
     */
    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Words.say("class", "ui-link-none"));
        }
        String t = text.strip();
        if (t.contains("://")) {
            try {
                URI uri = new URI(t);
                t = (uri.getRawPath() == null ? "/" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(Words.say("class", "ui-link-unreadable"));
            }
        }
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        String path = t.split("\\?", 2)[0].replaceFirst("^/+", "");
        String query = t.contains("?") ? t.substring(t.indexOf('?') + 1) : "";
        String route = route(path);
        if (route == null) {
            throw new IllegalArgumentException(Words.say("class", "ui-link-not-page",
                    "path", path.length() > 60 ? path.substring(0, 60) + "…" : path));
        }
        if (route.startsWith("lesson")) {
            throw new IllegalArgumentException(Words.say("class", "ui-link-lesson"));
        }
        String kept = Arrays.stream(query.split("&")).filter(p -> !p.isEmpty())
                .filter(p -> !SCREEN_ONLY.contains(p.split("=", 2)[0])).collect(Collectors.joining("&"));
        return LessonStep.requireView("/" + route + (kept.isEmpty() ? "" : "?" + kept));
    }

    /** The route {@code path} names (dropping a leading context path if the app has one), or {@code null}. */
    private static String route(String path) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        String p = path.replaceFirst("/+$", "");
        for (int tries = 0; tries < 3; tries++) {
            if (routes.getRoute(p).isPresent()) {
                return p;
            }
            int slash = p.indexOf('/');
            if (slash < 0) {
                return null;
            }
            p = p.substring(slash + 1);
        }
        return null;
    }
}
