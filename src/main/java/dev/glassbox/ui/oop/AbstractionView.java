package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Python lesson 3: abstraction — abstract base classes ({@code abc.ABC}, {@code @abstractmethod}), polymorphism. */
@Route("python/abstraction")
@PageTitle("Python: abstraction — Glassbox")
@Menu(order = 11, title = "Python: abstraction", icon = "vaadin:puzzle-piece")
public class AbstractionView extends PythonLessonView {

    public AbstractionView() {
        super("abstraction", Part.text("abstract"), Part.text("polymorphism"), Part.code("body", "animal"),
                Part.folded("without", null));
    }
}
