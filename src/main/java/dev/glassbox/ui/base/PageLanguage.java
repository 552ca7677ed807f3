package dev.glassbox.ui.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language of a page, carried by its link ({@code ?lang=es}) so that a shared link opens in the same language.
 *
 * <p>A page's language is chosen when the page is opened, from (first that applies) its link's {@code lang}, the
 * language last chosen in this browser session, or the browser's preferred languages; it never changes while the page
 * is open: the language switch and a link into another language load the page anew. While the page is open every
 * address it shows carries its language, and {@code <html lang>} names it for screen readers and hyphenation.
 */
@SpringComponent
public class PageLanguage implements VaadinServiceInitListener {

    /** The link parameter naming the language. */
    public static final String PARAMETER = "lang";
    private static final String SESSION_KEY = PageLanguage.class.getName();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The language of the page being built or changed, English outside a page (the API is in no language). */
    public static Language current() {
        UI ui = UI.getCurrent();
        Language language = ui == null ? null : ComponentUtil.getData(ui, Language.class);
        return language == null ? Language.ENGLISH : language;
    }

    /** The prose of {@code concept} in the current page's language. */
    public static LessonText text(String concept) {
        return LessonText.of(concept, current());
    }

    /** {@code raw}, a number written with a full stop before its decimals, as the current page's language writes it. */
    public static String decimals(String raw) {
        return current().decimals(raw);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = chosen(response.getVaadinRequest());
            response.getDocument().selectFirst("html").attr("lang", language.tag());
            // The browser code's sentences (figures' menus, read-outs, colour scales) in the page's language.
            response.getDocument().head().appendElement("script").attr("type", "application/json").id("gb-text")
                    .appendChild(new DataNode(browserText(language)));
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Language language = chosen(VaadinRequest.getCurrent());
            use(ui, language);
            ui.addBeforeEnterListener(PageLanguage::enter);
            ui.addAfterNavigationListener(PageLanguage::shown);
        });
    }

    private static void use(UI ui, Language language) {
        ComponentUtil.setData(ui, Language.class, language);
        ui.setLocale(language.locale());
        VaadinSession session = ui.getSession();
        // Pseudo-English is for checking a page, not a choice to remember.
        if (session != null && session.getSession() != null && language != Language.PSEUDO) {
            session.getSession().setAttribute(SESSION_KEY, language.tag());
        }
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }

    /** The text of {@code lessons/browser/text.md} in {@code language} as JSON: section name to its raw text. */
    static String browserText(Language language) {
        LessonText text = LessonText.of("browser", language);
        Map<String, String> sections = new LinkedHashMap<>();
        text.names().forEach(name -> sections.put(name, text.raw(name)));
        // "</" cannot end the script element early.
        return JSON.writeValueAsString(sections).replace("</", "<\\/");
    }

    /** The language a request asks for: its link's, else this session's last choice, else the browser's. */
    private static Language chosen(VaadinRequest request) {
        if (request == null) {
            return Language.ENGLISH;
        }
        return linkedOrRemembered(request).or(() -> preferred(request)).orElse(Language.ENGLISH);
    }

    /** The first of the browser's preferred languages (Accept-Language) that the lessons are written in. */
    private static Optional<Language> preferred(VaadinRequest request) {
        java.util.Enumeration<java.util.Locale> locales = request.getLocales();
        while (locales != null && locales.hasMoreElements()) {
            java.util.Locale locale = locales.nextElement();
            Optional<Language> language = Language.of(locale).filter(l -> l != Language.PSEUDO);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> linkedOrRemembered(VaadinRequest request) {
        Optional<Language> linked = Language.parse(request.getParameter(PARAMETER));
        if (linked.isEmpty()) {
            // The request that creates a page names the page's address in "location" (its path) and "query".
            linked = fromQuery(request.getParameter("query"));
        }
        if (linked.isPresent()) {
            return linked;
        }
        WrappedSession session = request.getWrappedSession(false);
        Object remembered = session == null ? null : session.getAttribute(SESSION_KEY);
        return remembered instanceof String tag ? Language.parse(tag) : Optional.empty();
    }

    private static Optional<Language> fromQuery(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        try {
            List<String> values = QueryParameters.fromString(query).getParameters().getOrDefault(PARAMETER, List.of());
            return values.isEmpty() ? Optional.empty() : Language.parse(values.getFirst());
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** A link into another language than the open page's loads the page anew in that language. */
    private static void enter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of());
        Optional<Language> linked = values.isEmpty() ? Optional.empty() : Language.parse(values.getFirst());
        if (linked.isPresent() && linked.get() != current()) {
            if (linked.get() != Language.PSEUDO) {
                event.getUI().getSession().getSession().setAttribute(SESSION_KEY, linked.get().tag());
            }
            event.forwardToUrl(event.getLocation().getPathWithQueryParameters());
        }
    }

    /** Every address the page shows names its language (English is the default and needs no parameter). */
    private static void shown(AfterNavigationEvent event) {
        Language language = current();
        Location location = event.getLocation();
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of());
        boolean named = !values.isEmpty() && Language.parse(values.getFirst()).orElse(null) == language;
        if (language == Language.ENGLISH || named) {
            return;
        }
        event.getLocationChangeEvent().getUI().getPage().getHistory()
                .replaceState(null, new Location(location.getPath(), with(location.getQueryParameters(), language)));
    }

    /** {@code query} with its language set to {@code language} (removed for English). */
    public static QueryParameters with(QueryParameters query, Language language) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.getParameters());
        parameters.remove(PARAMETER);
        if (language != Language.ENGLISH) {
            parameters.put(PARAMETER, new ArrayList<>(List.of(language.tag())));
        }
        return new QueryParameters(parameters);
    }
}
