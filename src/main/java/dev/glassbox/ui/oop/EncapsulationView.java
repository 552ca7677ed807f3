package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Python lesson 2: encapsulation — bundling, the underscore convention, name mangling, getters, setters, properties. */
@Route("python/encapsulation")
@PageTitle("Python: encapsulation — Glassbox")
@Menu(order = 10, title = "Python: encapsulation", icon = "vaadin:lock")
public class EncapsulationView extends PythonLessonView {

    public EncapsulationView() {
        super("encapsulation", Part.text("why"), Part.text("private"), Part.folded("mangling", "mangling"),
                Part.code("properties", "property"));
    }
}
