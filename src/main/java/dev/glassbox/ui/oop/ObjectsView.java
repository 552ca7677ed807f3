package dev.glassbox.ui.oop;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.ui.base.JourneyCard;

/** Python lesson 1: classes and objects, attributes and methods (the Dog). */
@Route("python/objects")
@PageTitle("Python: classes and objects — Glassbox")
@Menu(order = 9, title = "Python: objects", icon = "vaadin:cube")
public class ObjectsView extends PythonLessonView {

    public ObjectsView() {
        super(PythonLessons.OBJECTS, "Python: classes and objects",
                text("Object-oriented programming (OOP) organises a program around objects: things that carry "
                        + "their own data and know what they can do. Python lets you describe a kind of thing once, "
                        + "as a class, and then make as many objects of that kind as you need."),
                section("A class is a blueprint; an object is one thing built from it"),
                text("A class says what every object of its kind has and does. The statement class Dog: creates the "
                        + "class — nothing barks yet. Calling the class, as in Dog(\"Buddy\", 3), builds one object, "
                        + "also called an instance of Dog. Python then runs the special method __init__ on the new "
                        + "object to fill it in; self is the name __init__ (and every other method) uses for the "
                        + "object being worked on."),
                code("""
                        class Dog:
                            def __init__(self, name, age):
                                self.name = name
                                self.age = age

                        my_dog = Dog("Buddy", 3)   # one object of the class Dog"""),
                section("Attributes: the object's data"),
                text("Attributes are names attached to a class or to an object. An instance attribute, such as "
                        + "self.name, is set on one object, so every dog has its own name and age. A class attribute, "
                        + "such as species, is written in the class body and stored once on the class: every dog "
                        + "shares it, and you can read it as Dog.species or through any dog. When you read "
                        + "my_dog.species, Python looks in the object first and, finding nothing there, in its class."),
                section("Methods: what the object can do"),
                text("A method is a function defined inside a class. bark(self) can use the object's own attributes "
                        + "(self.name), so my_dog.bark() and your_dog.bark() give different answers. A method may "
                        + "also change its object, as birthday does. Writing my_dog.bark() is short for "
                        + "Dog.bark(my_dog): Python passes the object as self for you."),
                text("In the diagram after a run, a class is a box with its class attributes and methods; each object "
                        + "is a rounded box with only its own attributes, joined by a dashed arrow to the class it is "
                        + "an instance of."));
    }

    /** The home page's card for the Python track. */
    public static JourneyCard card(String sentence) {
        Pre preview = new Pre("""
                class Dog:
                    species = "Canis lupus familiaris"

                    def bark(self):
                        return f"{self.name} says woof!\"""");
        preview.addClassName("gb-lesson-code");
        return new JourneyCard("python", "Python objects",
                "Four lessons on object-oriented Python — classes and objects, encapsulation, abstraction, inheritance — "
                        + "with real Python running in your browser and every object drawn.",
                preview, "python/objects", QueryParameters.empty());
    }
}
