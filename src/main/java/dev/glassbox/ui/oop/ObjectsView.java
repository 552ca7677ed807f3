package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Python lesson 1: classes and objects, attributes and methods, and how Python finds an attribute (the Dog). */
@Route("python/objects")
@PageTitle("Python: classes and objects — Glassbox")
@Menu(order = 9, title = "Python: objects", icon = "vaadin:cube")
public class ObjectsView extends PythonLessonView {

    public ObjectsView() {
        super("objects", Part.text("blueprint"), Part.text("attributes"), Part.text("methods"),
                Part.folded("lookup", "lookup"), Part.text("ideas"));
    }
}
