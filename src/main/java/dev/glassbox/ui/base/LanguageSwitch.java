package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The navigation bar's language switch: one link per other language, named in that language, opening this same page,
 * as its address is now, in it. The link names its language even for English, since the session remembers the last
 * language chosen.
 */
class LanguageSwitch extends Div {

    private final Map<Language, Anchor> links = new LinkedHashMap<>();

    LanguageSwitch() {
        setId("language-switch");
        addClassName("gb-language");
        for (Language language : Language.values()) {
            if (language == Language.PSEUDO || language == PageLanguage.current()) {
                continue;
            }
            Anchor link = new Anchor();
            link.setId("language-" + language.tag());
            link.setText(language.nativeName());
            link.getElement().setAttribute("lang", language.tag());
            link.getElement().setAttribute("hreflang", language.tag());
            link.getElement().setAttribute("title", LessonText.of("layout", language).plain("language-switch"));
            // A full page load: the page is built anew in the language.
            link.getElement().setAttribute("router-ignore", true);
            // A view changes its address without navigating (a fold opened): the link is brought up to date when followed.
            link.getElement().executeJs("this.addEventListener('click', () => { const u = new URL(location.href);"
                    + " u.searchParams.set('lang', $0); this.href = u.pathname + u.search; });", language.tag());
            links.put(language, link);
            add(link);
        }
    }

    /** Points every link at {@code location} in its language. */
    void update(Location location) {
        links.forEach((language, link) -> {
            Map<String, List<String>> query = new LinkedHashMap<>(location.getQueryParameters().getParameters());
            query.put(PageLanguage.PARAMETER, List.of(language.tag()));
            link.setHref(Query.href(location.getPath(), new QueryParameters(query)));
        });
    }
}
