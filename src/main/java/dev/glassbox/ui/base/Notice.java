package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** The one clear sentence a view shows when its input cannot be used; announced to screen readers. */
public class Notice extends Paragraph {

    public Notice(String id) {
        setId(id);
        addClassName("gb-notice");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(String sentence) {
        setText(sentence);
        setVisible(true);
    }

    /** Shows the sentences one after another, or clears the notice when there are none. */
    public void show(List<String> sentences) {
        if (sentences.isEmpty()) {
            clear();
        } else {
            show(String.join(" ", sentences));
        }
    }

    public void clear() {
        setText("");
        setVisible(false);
    }
}
