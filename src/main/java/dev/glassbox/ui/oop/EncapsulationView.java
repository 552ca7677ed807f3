package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.oop.PythonLessons;

/** Python lesson 2: encapsulation — bundling, name mangling, getters and setters, properties (the Person). */
@Route("python/encapsulation")
@PageTitle("Python: encapsulation — Glassbox")
@Menu(order = 10, title = "Python: encapsulation", icon = "vaadin:lock")
public class EncapsulationView extends PythonLessonView {

    public EncapsulationView() {
        super(PythonLessons.ENCAPSULATION, "Python: encapsulation",
                text("Encapsulation means two things. First, a class bundles data (attributes) together with the "
                        + "methods that work on that data, so everything about a person lives in one place, the "
                        + "Person class. Second, the class decides how the outside world may touch that data: code "
                        + "outside goes through the object's methods instead of changing its insides directly."),
                section("Why bother"),
                text("Hiding the inner state and offering controlled access through methods means a class can check "
                        + "every change (an age is never negative), can change how it stores things without "
                        + "breaking the code that uses it, and keeps other parts of a program from interfering with "
                        + "its data by accident. Programs built from such self-contained classes are more modular: "
                        + "each part can be understood, tested and replaced on its own."),
                section("Private by convention, and name mangling"),
                text("Python has no enforced private attributes. By convention, a name that starts with one "
                        + "underscore (self._age) is internal: other code should leave it alone, but nothing stops "
                        + "it. A name inside a class that starts with two underscores and does not end with two "
                        + "(self.__age) is name-mangled: Python rewrites it to _Person__age. So alice.__age fails "
                        + "with AttributeError, yet alice._Person__age still works. Mangling is not access control "
                        + "or security; its job is to keep a subclass from overwriting its parent's attribute by "
                        + "accident when both use the same name. The object diagram marks mangled attributes with ⊘."),
                section("Getters and setters, and the Python way: @property"),
                text("The example's Person reads and changes its age only through get_age() and set_age(), and "
                        + "set_age refuses a negative age. Many languages work this way. In Python the usual style "
                        + "is to start with a plain attribute and, once it needs checking, turn it into a property: "
                        + "callers keep writing bob.grade and bob.grade = 1, while the class runs a getter and a "
                        + "setter behind them."),
                code("""
                        class Person:
                            def __init__(self, name, age):
                                self.name = name
                                self.age = age          # runs the setter below

                            @property
                            def age(self):
                                return self._age

                            @age.setter
                            def age(self, value):
                                if value < 0:
                                    raise ValueError("an age cannot be negative")
                                self._age = value"""));
    }
}
