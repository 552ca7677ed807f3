package dev.glassbox.ui.oop;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import java.util.function.Consumer;

/**
 * One {@link Part} of a lesson's explanation: a heading and its prose, with its runnable code if it has some. A folded
 * part is a {@link Fold} whose content is built only when it is open.
 */
class ExplanationSection extends Div {

    private final String slug;
    private final Part part;
    private final Consumer<String> run;
    private final Fold fold;

    ExplanationSection(String slug, Part part, Consumer<String> run) {
        this.slug = slug;
        this.part = part;
        this.run = run;
        addClassName("gb-py-part");
        String title = PageLanguage.text(PythonLessons.concept(slug)).plain(part.name() + "-title");
        if (part.folded()) {
            fold = new Fold(part.name(), title);
            add(fold);
        } else {
            fold = null;
            H2 heading = new H2(title);
            heading.setId(part.target());
            add(heading, body());
        }
    }

    /** The fold, or {@code null} when the part is always shown. */
    Fold fold() {
        return fold;
    }

    /** Opens or closes the fold as the link says (a part that is always shown ignores this). */
    void show(boolean open) {
        if (fold != null) {
            fold.show(open, this::body);
        }
    }

    private Component body() {
        Div body = new Div(new Prose(PythonLessons.concept(slug), part.name()));
        if (part.snippet() != null) {
            body.add(new Snippet(part.snippet(), PythonLessons.snippet(slug, part.snippet()), run));
        }
        return body;
    }
}
