package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Python lesson 4: inheritance — Animal → Dog, overriding, {@code super()}, polymorphism, multiple inheritance, MRO. */
@Route("python/inheritance")
@PageTitle("Python: inheritance — Glassbox")
@Menu(order = 12, title = "Python: inheritance", icon = "vaadin:sitemap")
public class InheritanceView extends PythonLessonView {

    public InheritanceView() {
        super("inheritance", Part.text("why"), Part.text("override"),
                Part.code("polymorphism", "polymorphism"), Part.folded("mro", null));
    }
}
