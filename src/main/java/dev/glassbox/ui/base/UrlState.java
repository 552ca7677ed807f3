package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

/** Keeps the browser's address in step with a view's state when a change needs no new rendering (a fold opened). */
public final class UrlState {

    private UrlState() {
    }

    /** Replaces the current history entry with {@code view}'s route and {@code query}, without navigating. */
    public static void replace(Class<? extends Component> view, QueryParameters query) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String path = RouteConfiguration.forSessionScope().getUrl(view);
        ui.getPage().getHistory().replaceState(null, new Location(path, PageLanguage.with(query, PageLanguage.current())));
    }
}
