package dev.glassbox.ui.oop;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.oop.PythonLessons;

/** Python lesson 4: inheritance — Animal → Dog, overriding, {@code super()}, multiple inheritance and the MRO. */
@Route("python/inheritance")
@PageTitle("Python: inheritance — Glassbox")
@Menu(order = 12, title = "Python: inheritance", icon = "vaadin:sitemap")
public class InheritanceView extends PythonLessonView {

    public InheritanceView() {
        super(PythonLessons.INHERITANCE, "Python: inheritance",
                text("Inheritance lets a new class take over the attributes and methods of an existing one and then "
                        + "add or change only what is different. The existing class is the parent (or base, or "
                        + "super) class; the new one is the child (or derived, or sub) class. In class Dog(Animal): "
                        + "Dog is the child and Animal the parent, so every Dog can eat() without writing eat again."),
                section("Why use it"),
                text("Code reuse: what all animals share is written once, in Animal. Maintainability: fixing eat() "
                        + "in Animal fixes it for every kind of animal. Extensibility: a new kind of animal is a "
                        + "small class that adds its own parts. Use it for an is-a relationship (a dog is an animal); "
                        + "when one object merely has another, give it an attribute instead."),
                section("Overriding and super()"),
                text("A child overrides a method by defining one with the same name: Dog.speak replaces "
                        + "Animal.speak for dogs. Inside the child, super() reaches the parent's version, so a child "
                        + "can extend instead of replace: Cat.speak calls super().speak() and adds to the text. The "
                        + "same holds for __init__: Dog's __init__ calls super().__init__(name) so that Animal sets "
                        + "up the name, then adds breed. isinstance(pet, Animal) is true for any Dog or Cat."),
                section("Multiple inheritance and the method resolution order"),
                text("A class may have several parents: class Duck(Flyer, Swimmer). To find a method, Python walks "
                        + "the class's method resolution order (MRO, shown by Duck.__mro__): the class itself, then "
                        + "its parents from left to right, with a shared ancestor such as Animal only after all of "
                        + "its children (the C3 linearisation), and object last. super() means \"the next class in "
                        + "the MRO of this object\", not simply \"my parent\": that is why Flyer's super().move() "
                        + "runs Swimmer.move for a duck, and the duck flies, then swims, then walks."),
                code("""
                        Duck.__mro__   # (Duck, Flyer, Swimmer, Animal, object)"""),
                text("In the object diagram, a solid arrow with a hollow head points from a child to each of its "
                        + "parents; the boxes are layered so parents sit above their children."));
    }
}
