package dev.glassbox.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.glassbox.model.lesson.LessonText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frame of every view: a skip link, the app name, the current sentence, the lesson menu and a light/dark
 * switch. The menu's links carry the current sentence; the switch works in the browser ({@code frontend/base.js}),
 * which remembers the choice and reads {@code ?theme=dark} or {@code ?theme=light} from a link before the first paint
 * (see {@link PageHead}).
 * <p>
 * Two modes come from {@code frontend/presenter.js}: presenter mode ({@code ?present=1}, or the navbar's button: large
 * type, a projector palette, full screen, arrow keys, no side navigation, and a QR code of the page's link), and the
 * embedded mode of a view inside a lesson ({@code ?embed=1}: no frame at all, and {@code hide=}, {@code lock=} and
 * {@code mark=} name the elements, by id, that the lesson hides, locks or brings into view). Both last for the page:
 * the view's own link updates keep them.
 */
@Layout
@JavaScript("context://frontend/base.js")
@JavaScript("context://frontend/presenter.js")
@StyleSheet("context://frontend/presenter.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Query parameters of the presenter and embedded modes. */
    public static final String PRESENT = "present";
    public static final String EMBED = "embed";

    private final Span sentence = new Span();
    private final LanguageSwitch language = new LanguageSwitch();
    private final Button teach = new Button(VaadinIcon.GROUP.create());
    private final Map<SideNavItem, String> items = new LinkedHashMap<>();
    private boolean embedded;

    public MainLayout() {
        setPrimarySection(Section.DRAWER);

        LessonText text = PageLanguage.text("layout");
        Anchor skip = new Anchor("#", getTranslation("layout:skip"));
        skip.setId("skip-link");
        skip.addClassName("gb-skip");

        Anchor name = new Anchor("", "Glassbox");
        name.setId("app-name");
        name.addClassName("gb-app-name");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout:menu-toggle"));

        sentence.setId("current-sentence");
        sentence.addClassName("gb-current-sentence");

        Button scheme = new Button(VaadinIcon.ADJUST.create());
        scheme.setId("color-scheme");
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scheme.setAriaLabel(getTranslation("layout:scheme"));
        scheme.setTooltipText(getTranslation("layout:scheme-tooltip"));

        Button present = new Button(VaadinIcon.PRESENTATION.create());
        present.setId("present-mode");
        present.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        present.setAriaLabel(getTranslation("layout:present"));
        present.setTooltipText(getTranslation("layout:present-tooltip"));

        Button qr = new Button(VaadinIcon.QRCODE.create());
        qr.setId("show-qr");
        qr.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        qr.setAriaLabel(getTranslation("layout:qr"));
        qr.setTooltipText(getTranslation("layout:qr-tooltip"));
        QrDialog.openOnClick(qr);

        teach.setId("teach-page-live");
        teach.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        teach.setAriaLabel(getTranslation("layout:teach"));
        teach.setTooltipText(getTranslation("layout:teach-tooltip"));
        // The page as it is now: views keep their state in the address without navigating, so it is read in the browser.
        teach.getElement().addEventListener("click", e -> teach.getUI().ifPresent(ui -> ui.navigate("class",
                Query.of("v", e.getEventData().get("window.location.pathname").asString()
                        + e.getEventData().get("window.location.search").asString()))))
                .addEventData("window.location.pathname").addEventData("window.location.search");

        Div bar = new Div(skip, toggle, sentence, qr, teach, present, scheme, language);
        bar.addClassName("gb-navbar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setId("lesson-menu");
        nav.setLabel(getTranslation("layout:menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(title(text, entry), entry.path());
            if (entry.icon() != null) {
                Icon icon = new Icon();
                icon.getElement().setAttribute("icon", entry.icon());
                item.setPrefixComponent(icon);
            }
            items.put(item, entry.path());
            nav.addItem(item);
        }
        Div drawer = new Div(name, nav);
        drawer.addClassName("gb-drawer");
        addToDrawer(drawer);
    }

    /** A menu entry's title in the page's language: section {@code menu-<path>} of the layout's text. */
    private static String title(LessonText text, MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        String name = "menu-" + (path.isEmpty() ? "home" : path.replace('/', '-'));
        return text.names().contains(name) ? text.plain(name) : entry.title();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Map<String, java.util.List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.getOrDefault(EMBED, java.util.List.of()).contains("1")) {
            embedded = true;
        }
        if (embedded || query.getOrDefault(PRESENT, java.util.List.of()).contains("1")) {
            // No side navigation inside a lesson or on a projector (presenter.js hides it; closed, it takes no room).
            setDrawerOpened(false);
        }
        String route = event.getLocation().getFirstSegment();
        LessonText text = PageLanguage.text("layout");
        String title = "title-" + (event.getLocation().getPath().isEmpty() ? "home" : event.getLocation().getPath().replace('/', '-'));
        if (text.names().contains(title)) {
            // After the router has written the view's @PageTitle, which is English.
            getUI().ifPresent(ui -> ui.beforeClientResponse(ui, c -> ui.getPage().setTitle(text.plain(title))));
        }
        teach.setVisible(!route.equals("class") && !route.equals("join") && !route.equals("lesson"));
        String current = new Query(event.getLocation().getQueryParameters()).sentence();
        sentence.setText("“" + current + "”");
        sentence.getElement().setAttribute("title", current);
        QueryParameters carry = PageLanguage.with(Query.of(Query.SENTENCE, current), PageLanguage.current());
        language.update(event.getLocation());
        // Written as the attribute itself: SideNavItem.setQueryParameters would encode the encoded query a second
        // time (a space becomes %2520), so every click through the menu would corrupt the sentence.
        items.forEach((item, path) -> item.getElement().setAttribute("path", Query.href(path, carry)));
    }
}
