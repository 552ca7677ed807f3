package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * The short contents list at the top of a lesson: one link per section, which scrolls to that section and moves the
 * keyboard focus there (the page itself is not reloaded).
 */
public class Contents extends Nav {

    /** One entry: the id of the element to go to, and what the link says. */
    public record Entry(String target, String title) {
    }

    public Contents(Entry... entries) {
        setId("contents");
        addClassName("gb-contents");
        getElement().setAttribute("aria-label", PageLanguage.text("common").plain("contents-label"));
        Span label = new Span(PageLanguage.text("common").plain("contents"));
        label.addClassName("gb-contents-label");
        OrderedList list = new OrderedList();
        for (Entry entry : entries) {
            Anchor link = new Anchor("#" + entry.target(), entry.title());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("data-target", entry.target());
            list.add(new ListItem(link));
        }
        add(label, list);
        // A plain "#id" would be resolved against the page's <base href> and leave the lesson: scroll instead.
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  const a = e.target.closest('a[data-target]');
                  const t = a && document.getElementById(a.dataset.target);
                  if (!t) return;
                  e.preventDefault();
                  if (!t.hasAttribute('tabindex')) t.setAttribute('tabindex', '-1');
                  t.scrollIntoView({block: 'start'});
                  t.focus({preventScroll: true});
                });""");
    }

    /** A section heading with the id a contents entry points to. */
    public static H2 heading(String id, String text) {
        H2 heading = new H2(text);
        heading.setId(id);
        return heading;
    }
}
