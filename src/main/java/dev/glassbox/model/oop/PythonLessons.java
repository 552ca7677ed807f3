package dev.glassbox.model.oop;

import java.util.List;

/**
 * The four object-oriented Python lessons: classes and objects, encapsulation, abstraction, inheritance. Each
 * example runs as it stands in CPython 3.12+ (the Python of Pyodide 314); each exercise's solution passes its
 * check and its starter does not (checked in the browser by {@code PythonExercisesIT}). Sources for the
 * language rules taught: the Python Language Reference §3.3 (data model), §6.2.1 (private name mangling), the
 * Python Tutorial §9 (classes), and the {@code abc} module documentation (PEP 3119).
 */
public final class PythonLessons {

    private PythonLessons() {
    }

    public static final PythonLesson OBJECTS = new PythonLesson("objects", "Classes and objects", """
            class Dog:
                \"""A blueprint for dogs: every Dog gets a name, an age and the shared species.\"""

                species = "Canis lupus familiaris"   # class attribute: one value, shared by all dogs

                def __init__(self, name, age):
                    self.name = name                 # instance attributes: each dog has its own
                    self.age = age

                def bark(self):                      # a method: a function that belongs to the class
                    return f"{self.name} says woof!"

                def birthday(self):
                    self.age += 1                    # a method may change its own object's state


            my_dog = Dog("Buddy", 3)                 # an object (an instance) made from the class
            your_dog = Dog("Rex", 5)

            print(my_dog.bark())
            print(your_dog.name, "is", your_dog.age)
            my_dog.birthday()
            print(my_dog.name, "is now", my_dog.age)
            print("Both are", Dog.species, "->", my_dog.species == your_dog.species)
            print(type(my_dog).__name__, isinstance(my_dog, Dog))
            """, List.of(
            new Exercise("describe", "Add a method",
                    "Give Dog a method describe(self) that returns a sentence such as \"Buddy is 3 years old\", "
                            + "built from the dog's own name and age.",
                    """
                            class Dog:
                                species = "Canis lupus familiaris"

                                def __init__(self, name, age):
                                    self.name = name
                                    self.age = age

                                def bark(self):
                                    return f"{self.name} says woof!"


                            my_dog = Dog("Buddy", 3)
                            print(my_dog.bark())
                            """,
                    """
                            class Dog:
                                species = "Canis lupus familiaris"

                                def __init__(self, name, age):
                                    self.name = name
                                    self.age = age

                                def bark(self):
                                    return f"{self.name} says woof!"

                                def describe(self):
                                    return f"{self.name} is {self.age} years old"


                            my_dog = Dog("Buddy", 3)
                            print(my_dog.describe())
                            """,
                    """
                            assert isinstance(globals().get("Dog"), type), "There is no class called Dog any more."
                            luna = Dog("Luna", 7)
                            assert hasattr(luna, "describe"), "A Dog has no describe method yet: add def describe(self): inside the class."
                            got = luna.describe()
                            assert got == "Luna is 7 years old", f"Dog('Luna', 7).describe() returned {got!r}; expected 'Luna is 7 years old'."
                            """,
                    List.of("A method is a def inside the class, indented like bark, with self as its first parameter.",
                            "Inside the method, self.name and self.age are this dog's own values.",
                            "An f-string builds the sentence: return f\"{self.name} is {self.age} years old\".")),
            new Exercise("count", "Count every dog",
                    "Add a class attribute count = 0 to Dog, and make __init__ add 1 to it, so that Dog.count "
                            + "always says how many dogs have been made.",
                    """
                            class Dog:
                                species = "Canis lupus familiaris"

                                def __init__(self, name, age):
                                    self.name = name
                                    self.age = age


                            Dog("Buddy", 3)
                            Dog("Rex", 5)
                            print(getattr(Dog, "count", "Dog has no count yet"))
                            """,
                    """
                            class Dog:
                                species = "Canis lupus familiaris"
                                count = 0

                                def __init__(self, name, age):
                                    self.name = name
                                    self.age = age
                                    Dog.count += 1


                            Dog("Buddy", 3)
                            Dog("Rex", 5)
                            print(Dog.count)
                            """,
                    """
                            assert isinstance(globals().get("Dog"), type), "There is no class called Dog any more."
                            assert "count" in vars(Dog), "Dog has no class attribute count yet: write count = 0 inside the class, next to species."
                            before = Dog.count
                            first = Dog("A", 1)
                            Dog("B", 2)
                            assert "count" not in vars(first), "self.count += 1 gives that one dog its own count and leaves Dog.count alone: write Dog.count += 1 instead."
                            assert Dog.count == before + 2, f"Making two more dogs changed Dog.count from {before} to {Dog.count}; it should go up by 2."
                            """,
                    List.of("A class attribute is written in the class body, outside any method, like species.",
                            "Inside __init__, reach the shared counter through the class: Dog.count += 1.",
                            "self.count += 1 would read the class's count but then store a new attribute on the one dog.")),
            new Exercise("cat", "Write your own class",
                    "Write a class Cat with the class attribute species = \"Felis catus\", an instance attribute "
                            + "name set in __init__, and a method meow() that returns \"Tom says meow!\" for a cat "
                            + "named Tom. Then make my_cat = Cat(\"Tom\").",
                    """
                            # Write the class Cat here, then make my_cat.

                            """,
                    """
                            class Cat:
                                species = "Felis catus"

                                def __init__(self, name):
                                    self.name = name

                                def meow(self):
                                    return f"{self.name} says meow!"


                            my_cat = Cat("Tom")
                            print(my_cat.meow())
                            """,
                    """
                            assert isinstance(globals().get("Cat"), type), "There is no class called Cat yet: start with class Cat:"
                            assert getattr(Cat, "species", None) == "Felis catus", "Cat needs the class attribute species = \\"Felis catus\\"."
                            assert isinstance(globals().get("my_cat"), Cat), "Make one cat: my_cat = Cat(\\"Tom\\")."
                            assert "species" not in vars(my_cat), "species belongs to the class, not to each cat: write it in the class body, not in __init__."
                            assert vars(my_cat).get("name") == "Tom", "my_cat should have its own name attribute, \\"Tom\\", set in __init__."
                            got = Cat("Kitty").meow()
                            assert got == "Kitty says meow!", f"Cat('Kitty').meow() returned {got!r}; expected 'Kitty says meow!'."
                            """,
                    List.of("Copy the shape of Dog: a class attribute, __init__(self, name) and one method.",
                            "Remember the self parameter in every method.",
                            "Make the object after the class, unindented: my_cat = Cat(\"Tom\")."))));

    public static final PythonLesson ENCAPSULATION = new PythonLesson("encapsulation", "Encapsulation", """
            class Person:
                def __init__(self, name, age):
                    self.name = name        # public: anyone may read and change it
                    self.__age = age        # two underscores: Python stores it as _Person__age

                def get_age(self):          # a getter: the way to read the age
                    return self.__age

                def set_age(self, age):     # a setter: the only way to change it, with a check
                    if age < 0:
                        raise ValueError("an age cannot be negative")
                    self.__age = age


            alice = Person("Alice", 30)
            print(alice.name, alice.get_age())
            alice.set_age(31)
            print("After her birthday:", alice.get_age())

            try:
                alice.set_age(-5)
            except ValueError as error:
                print("Rejected:", error)

            try:
                print(alice.__age)
            except AttributeError as error:
                print("AttributeError:", error)

            # Name mangling is not a lock: the value is still there under its longer name.
            print("Still reachable:", alice._Person__age)


            class Student:
                def __init__(self, name, grade):
                    self.name = name
                    self.grade = grade      # goes through the setter below, so it is checked too

                @property
                def grade(self):            # read as bob.grade, without parentheses
                    return self._grade

                @grade.setter
                def grade(self, value):     # runs on every bob.grade = ...
                    if not 1 <= value <= 6:
                        raise ValueError("a grade runs from 1 to 6")
                    self._grade = value


            bob = Student("Bob", 2)
            bob.grade = 1
            print(bob.name, "now has grade", bob.grade)
            """, List.of(
            new Exercise("account", "A private balance",
                    "Make the balance private: store it as self.__balance, read it only through get_balance(), "
                            + "and make deposit raise ValueError for a negative amount (leaving the balance as it was).",
                    """
                            class BankAccount:
                                def __init__(self, owner, balance=0):
                                    self.owner = owner
                                    self.balance = balance

                                def deposit(self, amount):
                                    self.balance += amount

                                def get_balance(self):
                                    return self.balance


                            account = BankAccount("Ada", 100)
                            account.deposit(50)
                            print(account.get_balance())
                            """,
                    """
                            class BankAccount:
                                def __init__(self, owner, balance=0):
                                    self.owner = owner
                                    self.__balance = balance

                                def deposit(self, amount):
                                    if amount < 0:
                                        raise ValueError("a deposit cannot be negative")
                                    self.__balance += amount

                                def get_balance(self):
                                    return self.__balance


                            account = BankAccount("Ada", 100)
                            account.deposit(50)
                            print(account.get_balance())
                            """,
                    """
                            assert isinstance(globals().get("BankAccount"), type), "There is no class called BankAccount any more."
                            a = BankAccount("Test", 10)
                            assert "balance" not in vars(a), "The account still has a public attribute balance: store the amount in self.__balance instead."
                            assert "_BankAccount__balance" in vars(a), "Store the amount in self.__balance (two underscores), so that Python mangles it to _BankAccount__balance."
                            a.deposit(5)
                            assert a.get_balance() == 15, f"After deposit(5) on a balance of 10, get_balance() returned {a.get_balance()!r} instead of 15."
                            try:
                                a.deposit(-20)
                            except ValueError:
                                pass
                            else:
                                raise AssertionError("deposit(-20) was accepted: raise ValueError when the amount is negative.")
                            assert a.get_balance() == 15, "A rejected deposit must leave the balance as it was: check the amount before changing it."
                            """,
                    List.of("Rename every self.balance to self.__balance (inside the class only).",
                            "At the start of deposit: if amount < 0: raise ValueError(\"a deposit cannot be negative\").",
                            "Check first, then add: a deposit that raises must not have changed anything.")),
            new Exercise("thermometer", "A checked property",
                    "Turn celsius into a property whose setter raises ValueError below absolute zero (−273.15), "
                            + "keeping the value in self._celsius, and add a read-only property fahrenheit "
                            + "(celsius × 9/5 + 32).",
                    """
                            class Thermometer:
                                def __init__(self, celsius):
                                    self.celsius = celsius


                            room = Thermometer(20)
                            room.celsius = -300      # impossible, yet accepted
                            print(room.celsius)
                            """,
                    """
                            class Thermometer:
                                def __init__(self, celsius):
                                    self.celsius = celsius

                                @property
                                def celsius(self):
                                    return self._celsius

                                @celsius.setter
                                def celsius(self, value):
                                    if value < -273.15:
                                        raise ValueError("nothing is colder than -273.15 degrees Celsius")
                                    self._celsius = value

                                @property
                                def fahrenheit(self):
                                    return self.celsius * 9 / 5 + 32


                            room = Thermometer(20)
                            print(room.celsius, room.fahrenheit)
                            """,
                    """
                            assert isinstance(globals().get("Thermometer"), type), "There is no class called Thermometer any more."
                            assert isinstance(vars(Thermometer).get("celsius"), property), "Make celsius a property: @property above def celsius(self), and @celsius.setter above the setter."
                            assert vars(Thermometer)["celsius"].fset is not None, "celsius has a getter but no setter yet: add @celsius.setter."
                            t = Thermometer(20)
                            t.celsius = 25
                            assert t.celsius == 25, f"After t.celsius = 25, t.celsius is {t.celsius!r}."
                            try:
                                t.celsius = -300
                            except ValueError:
                                pass
                            else:
                                raise AssertionError("Setting celsius to -300 was accepted: raise ValueError below -273.15.")
                            assert t.celsius == 25, "A rejected value must leave the temperature as it was."
                            try:
                                Thermometer(-500)
                            except ValueError:
                                pass
                            else:
                                raise AssertionError("Thermometer(-500) was accepted: let __init__ assign self.celsius so the setter checks it.")
                            assert isinstance(vars(Thermometer).get("fahrenheit"), property), "Add a property fahrenheit: @property above def fahrenheit(self)."
                            assert abs(t.fahrenheit - 77) < 1e-9, f"At 25 °C, fahrenheit gave {t.fahrenheit!r}; expected 77."
                            """,
                    List.of("@property goes above a method named celsius that returns self._celsius.",
                            "@celsius.setter goes above a second def celsius(self, value) that checks value, then stores self._celsius = value.",
                            "Keep self.celsius = celsius in __init__: it now runs the setter, so new thermometers are checked too."))));

    public static final PythonLesson ABSTRACTION = new PythonLesson("abstraction", "Abstraction", """
            from abc import ABC, abstractmethod
            import math


            class Shape(ABC):
                \"""What every shape can do. How each one does it is left to its subclass.\"""

                @abstractmethod
                def area(self):
                    \"""Return the area.\"""

                @abstractmethod
                def perimeter(self):
                    \"""Return the length of the outline.\"""

                def describe(self):          # written once, using the abstract methods
                    return f"{type(self).__name__}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


            class Rectangle(Shape):
                def __init__(self, width, height):
                    self.width = width
                    self.height = height

                def area(self):
                    return self.width * self.height

                def perimeter(self):
                    return 2 * (self.width + self.height)


            class Circle(Shape):
                def __init__(self, radius):
                    self.radius = radius

                def area(self):
                    return math.pi * self.radius ** 2

                def perimeter(self):
                    return 2 * math.pi * self.radius


            shapes = [Rectangle(3, 4), Circle(1)]
            for shape in shapes:
                print(shape.describe())     # the caller only needs to know: it is a Shape

            try:
                Shape()
            except TypeError as error:
                print("TypeError:", error)
            """, List.of(
            new Exercise("shape", "Make Shape abstract",
                    "Shape() should not make an object: let Shape inherit from ABC and mark area with "
                            + "@abstractmethod, so Shape() raises TypeError while Square still works.",
                    """
                            class Shape:
                                def area(self):
                                    raise NotImplementedError("a subclass must say how")


                            class Square(Shape):
                                def __init__(self, side):
                                    self.side = side

                                def area(self):
                                    return self.side ** 2


                            print(Square(3).area())
                            blob = Shape()            # this should not be possible
                            print("Made a shapeless Shape:", blob)
                            """,
                    """
                            from abc import ABC, abstractmethod


                            class Shape(ABC):
                                @abstractmethod
                                def area(self):
                                    ...


                            class Square(Shape):
                                def __init__(self, side):
                                    self.side = side

                                def area(self):
                                    return self.side ** 2


                            print(Square(3).area())
                            """,
                    """
                            assert isinstance(globals().get("Shape"), type), "There is no class called Shape any more."
                            try:
                                Shape()
                            except TypeError:
                                pass
                            else:
                                raise AssertionError("Shape() still makes an object: let Shape inherit from ABC and put @abstractmethod above area.")
                            assert "area" in getattr(Shape, "__abstractmethods__", ()), "Mark area with @abstractmethod."
                            assert isinstance(globals().get("Square"), type) and issubclass(Square, Shape), "Keep the class Square(Shape)."
                            assert Square(3).area() == 9, "Square(3).area() should still be 9."
                            """,
                    List.of("Start with: from abc import ABC, abstractmethod",
                            "Write class Shape(ABC): and put @abstractmethod on the line above def area(self):",
                            "An abstract method needs no body beyond ... or a docstring. Remove the line that makes a Shape, or keep it to see the TypeError.")),
            new Exercise("notifier", "Fill in the abstract method",
                    "EmailNotifier cannot be made yet because it leaves send abstract. Implement send(self, message) "
                            + "so it returns \"Email to <address>: <message>\"; send_all then works without change.",
                    """
                            from abc import ABC, abstractmethod


                            class Notifier(ABC):
                                @abstractmethod
                                def send(self, message):
                                    \"""Deliver one message; return a line describing what was done.\"""

                                def send_all(self, messages):
                                    return [self.send(m) for m in messages]


                            class EmailNotifier(Notifier):
                                def __init__(self, address):
                                    self.address = address


                            notifier = EmailNotifier("ada@example.org")
                            print(notifier.send_all(["Hello", "The lesson starts at 10"]))
                            """,
                    """
                            from abc import ABC, abstractmethod


                            class Notifier(ABC):
                                @abstractmethod
                                def send(self, message):
                                    \"""Deliver one message; return a line describing what was done.\"""

                                def send_all(self, messages):
                                    return [self.send(m) for m in messages]


                            class EmailNotifier(Notifier):
                                def __init__(self, address):
                                    self.address = address

                                def send(self, message):
                                    return f"Email to {self.address}: {message}"


                            notifier = EmailNotifier("ada@example.org")
                            print(notifier.send_all(["Hello", "The lesson starts at 10"]))
                            """,
                    """
                            assert isinstance(globals().get("Notifier"), type), "There is no class called Notifier any more."
                            try:
                                Notifier()
                            except TypeError:
                                pass
                            else:
                                raise AssertionError("Notifier should stay abstract: keep @abstractmethod on its send.")
                            n = EmailNotifier("x@example.org")
                            got = n.send("Hi")
                            assert got == "Email to x@example.org: Hi", f"send('Hi') returned {got!r}; expected 'Email to x@example.org: Hi'."
                            assert n.send_all(["a", "b"]) == ["Email to x@example.org: a", "Email to x@example.org: b"], "send_all should give one line per message."
                            """,
                    List.of("Read the TypeError: it names the abstract method EmailNotifier is missing.",
                            "Add def send(self, message): inside EmailNotifier.",
                            "Return f\"Email to {self.address}: {message}\"."))));

    public static final PythonLesson INHERITANCE = new PythonLesson("inheritance", "Inheritance", """
            class Animal:
                def __init__(self, name):
                    self.name = name

                def eat(self):
                    return f"{self.name} is eating."

                def speak(self):
                    return f"{self.name} makes a sound."

                def move(self):
                    return "walks"


            class Dog(Animal):                  # Dog inherits from Animal
                def __init__(self, name, breed):
                    super().__init__(name)      # Animal sets up the name ...
                    self.breed = breed          # ... and Dog adds what is special to dogs

                def speak(self):                # overriding: Dog's own version replaces Animal's
                    return f"{self.name} barks."


            class Cat(Animal):
                def speak(self):                # extending: use the parent's version, then add to it
                    return super().speak() + " It is a meow."


            pets = [Dog("Buddy", "beagle"), Cat("Tom"), Animal("Generic")]
            for pet in pets:
                print(pet.eat(), pet.speak())
            print(isinstance(pets[0], Animal), issubclass(Dog, Animal))


            # Multiple inheritance: super() follows the method resolution order (MRO).
            class Swimmer(Animal):
                def move(self):
                    return "swims, then " + super().move()


            class Flyer(Animal):
                def move(self):
                    return "flies, then " + super().move()


            class Duck(Flyer, Swimmer):
                pass


            donald = Duck("Donald")
            print(donald.name, donald.move())
            print(" -> ".join(c.__name__ for c in Duck.__mro__))
            """, List.of(
            new Exercise("puppy", "Override and call the parent",
                    "Override speak in Puppy so that Puppy(\"Bolt\").speak() returns \"Bolt makes a sound. Yip!\": "
                            + "call the parent's speak with super() and add \" Yip!\".",
                    """
                            class Animal:
                                def __init__(self, name):
                                    self.name = name

                                def speak(self):
                                    return f"{self.name} makes a sound."


                            class Puppy(Animal):
                                pass


                            print(Puppy("Bolt").speak())
                            """,
                    """
                            class Animal:
                                def __init__(self, name):
                                    self.name = name

                                def speak(self):
                                    return f"{self.name} makes a sound."


                            class Puppy(Animal):
                                def speak(self):
                                    return super().speak() + " Yip!"


                            print(Puppy("Bolt").speak())
                            """,
                    """
                            assert isinstance(globals().get("Puppy"), type) and issubclass(Puppy, Animal), "Keep class Puppy(Animal)."
                            assert "speak" in vars(Puppy), "Puppy does not override speak yet: write def speak(self): inside Puppy."
                            got = Puppy("Bolt").speak()
                            assert got == "Bolt makes a sound. Yip!", f"Puppy('Bolt').speak() returned {got!r}; expected 'Bolt makes a sound. Yip!'."
                            original = Animal.speak
                            Animal.speak = lambda self: "PARENT"
                            try:
                                reused = Puppy("Bolt").speak()
                            finally:
                                Animal.speak = original
                            assert reused == "PARENT Yip!", "Puppy.speak repeats the parent's text instead of calling it: use super().speak()."
                            """,
                    List.of("Replace pass with def speak(self): inside Puppy.",
                            "super().speak() runs Animal's speak for this puppy and gives back its text.",
                            "return super().speak() + \" Yip!\"")),
            new Exercise("service", "Let the parent set up",
                    "ServiceDog(\"Max\", \"guide\") has no name, because its __init__ never lets Animal do its part. "
                            + "Call super().__init__(name) in ServiceDog's __init__.",
                    """
                            class Animal:
                                def __init__(self, name):
                                    self.name = name


                            class ServiceDog(Animal):
                                def __init__(self, name, task):
                                    self.task = task


                            max_dog = ServiceDog("Max", "guide")
                            print(max_dog.task)
                            print(max_dog.name)
                            """,
                    """
                            class Animal:
                                def __init__(self, name):
                                    self.name = name


                            class ServiceDog(Animal):
                                def __init__(self, name, task):
                                    super().__init__(name)
                                    self.task = task


                            max_dog = ServiceDog("Max", "guide")
                            print(max_dog.task)
                            print(max_dog.name)
                            """,
                    """
                            assert isinstance(globals().get("ServiceDog"), type) and issubclass(ServiceDog, Animal), "Keep class ServiceDog(Animal)."
                            calls = []
                            original = Animal.__init__
                            def spy(self, *args, **kwargs):
                                calls.append(args)
                                original(self, *args, **kwargs)
                            Animal.__init__ = spy
                            try:
                                d = ServiceDog("Max", "guide")
                            finally:
                                Animal.__init__ = original
                            assert calls, "ServiceDog's __init__ never calls Animal's: add super().__init__(name)."
                            assert getattr(d, "name", None) == "Max", "ServiceDog('Max', 'guide').name should be 'Max'."
                            assert getattr(d, "task", None) == "guide", "ServiceDog('Max', 'guide').task should be 'guide'."
                            """,
                    List.of("The first line of ServiceDog.__init__ can hand the name to the parent.",
                            "super().__init__(name) runs Animal.__init__ on this very object.",
                            "Keep self.task = task after it.")),
            new Exercise("mro", "Order the parents",
                    "Change only the order of Duck's base classes so that Duck(\"Daisy\").move() returns "
                            + "\"flies, then swims, then walks\". Look at the MRO the code prints.",
                    """
                            class Animal:
                                def __init__(self, name):
                                    self.name = name

                                def move(self):
                                    return "walks"


                            class Swimmer(Animal):
                                def move(self):
                                    return "swims, then " + super().move()


                            class Flyer(Animal):
                                def move(self):
                                    return "flies, then " + super().move()


                            class Duck(Swimmer, Flyer):
                                pass


                            print(Duck("Daisy").move())
                            print(" -> ".join(c.__name__ for c in Duck.__mro__))
                            """,
                    """
                            class Animal:
                                def __init__(self, name):
                                    self.name = name

                                def move(self):
                                    return "walks"


                            class Swimmer(Animal):
                                def move(self):
                                    return "swims, then " + super().move()


                            class Flyer(Animal):
                                def move(self):
                                    return "flies, then " + super().move()


                            class Duck(Flyer, Swimmer):
                                pass


                            print(Duck("Daisy").move())
                            print(" -> ".join(c.__name__ for c in Duck.__mro__))
                            """,
                    """
                            assert isinstance(globals().get("Duck"), type), "There is no class called Duck any more."
                            assert "move" not in vars(Duck), "Leave Duck's body as pass: only change the order of its bases."
                            got = Duck("Daisy").move()
                            assert got == "flies, then swims, then walks", f"Duck('Daisy').move() returned {got!r}; expected 'flies, then swims, then walks'."
                            """,
                    List.of("Python looks for a method along the MRO, from left to right among the bases.",
                            "The class listed first in class Duck(...) comes first in the MRO.",
                            "class Duck(Flyer, Swimmer):"))));

    /** The four lessons, in teaching order. */
    public static List<PythonLesson> all() {
        return List.of(OBJECTS, ENCAPSULATION, ABSTRACTION, INHERITANCE);
    }
}
