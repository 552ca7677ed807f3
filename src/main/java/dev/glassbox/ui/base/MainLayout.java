package dev.glassbox.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;

/** The frame of every view: the app name, the current sentence, the lesson menu and a light/dark switch. */
@Layout
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span sentence = new Span();
    private final List<SideNavItem> items = new ArrayList<>();
    private boolean dark;

    public MainLayout() {
        setPrimarySection(Section.DRAWER);

        Anchor name = new Anchor("", "Glassbox");
        name.setId("app-name");
        name.addClassName("gb-app-name");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the lesson menu");

        sentence.setId("current-sentence");
        sentence.addClassName("gb-current-sentence");

        Button scheme = new Button(VaadinIcon.ADJUST.create(), e -> switchScheme());
        scheme.setId("color-scheme");
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scheme.setAriaLabel("Switch between light and dark colours");
        scheme.setTooltipText("Light or dark");

        Div bar = new Div(toggle, sentence, scheme);
        bar.addClassName("gb-navbar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setId("lesson-menu");
        nav.setLabel("Lessons");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                Icon icon = new Icon();
                icon.getElement().setAttribute("icon", entry.icon());
                item.setPrefixComponent(icon);
            }
            items.add(item);
            nav.addItem(item);
        }
        Div drawer = new Div(name, nav);
        drawer.addClassName("gb-drawer");
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String current = new Query(event.getLocation().getQueryParameters()).sentence();
        sentence.setText("“" + current + "”");
        sentence.getElement().setAttribute("title", current);
        QueryParameters carry = Query.of(Query.SENTENCE, current);
        items.forEach(item -> item.setQueryParameters(carry));
    }

    private void switchScheme() {
        dark = !dark;
        UI.getCurrent().getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }
}
