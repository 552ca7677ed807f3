package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.Div;

/**
 * A polite live region that says what just changed (a new time step, a new generation step) to a screen reader,
 * without moving the focus. It exists, empty, from the first paint, because a live region added together with its
 * text is not read. The sentence is also on screen elsewhere, so the region itself is visually hidden.
 */
public class Announcer extends Div {

    public Announcer(String id) {
        setId(id);
        addClassName("gb-announcer");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Says {@code sentence}, unless it is what was said last (a reload of the same step says nothing new). */
    public void say(String sentence) {
        if (!sentence.equals(getElement().getText())) {
            setText(sentence);
        }
    }
}
