package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.oop.PythonLessons;

/** Python lesson 3: abstraction — abstract base classes with {@code abc.ABC} and {@code @abstractmethod}. */
@Route("python/abstraction")
@PageTitle("Python: abstraction — Glassbox")
@Menu(order = 11, title = "Python: abstraction", icon = "vaadin:puzzle-piece")
public class AbstractionView extends PythonLessonView {

    public AbstractionView() {
        super(PythonLessons.ABSTRACTION, "Python: abstraction",
                text("Abstraction means showing what something does and hiding how it does it. Code that uses a "
                        + "shape only needs to know that it can ask for area() and perimeter(); the formula for a "
                        + "circle or a rectangle stays inside those classes. This keeps complexity manageable: each "
                        + "part offers a small, clear interface, and its users can think about what they want done "
                        + "rather than how."),
                section("Abstract classes and abstract methods"),
                text("An abstract class describes an interface that subclasses must fill in. It is not meant to be "
                        + "used on its own: you cannot make an object of it, only of its subclasses. Its abstract "
                        + "methods are declared (named, with their parameters and a docstring) but left without a "
                        + "real implementation; every concrete subclass must override all of them. An abstract "
                        + "class may still contain ordinary methods, like describe() in the example, written once "
                        + "in terms of the abstract ones."),
                section("The abc module"),
                text("Python provides this with the abc module (abstract base classes). A class becomes abstract by "
                        + "inheriting from ABC and marking methods with the @abstractmethod decorator. Python then "
                        + "refuses to create an object of any class that still has an abstract method: Shape() "
                        + "raises TypeError and names the missing methods. A subclass that implements every one of "
                        + "them, like Rectangle, can be created normally. The check happens when an object is made, "
                        + "not when the class is defined."),
                code("""
                        from abc import ABC, abstractmethod

                        class Shape(ABC):
                            @abstractmethod
                            def area(self):
                                \"""Return the area.\"""

                        Shape()   # TypeError: Can't instantiate abstract class Shape ..."""),
                text("Without abc, a method that raises NotImplementedError signals the same intent, but only when "
                        + "it is called; abc catches the mistake earlier, when the object is created. The object "
                        + "diagram marks abstract classes and methods with «abstract»."));
    }
}
