from abc import ABC, abstractmethod


class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def sound(self):
        """Each kind of animal must say how it sounds; this default is there for super()."""
        return "..."

    def speak(self):                    # an ordinary method, written once, using the abstract one
        return f"{self.name}: {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "Woof!"


class Fish(Animal):
    def sound(self):                    # it must still be overridden, but it may reuse the abstract body
        return super().sound()


for animal in [Dog("Buddy"), Fish("Nemo")]:
    print(animal.speak())

try:
    Animal("Nobody")
except TypeError as error:
    print("TypeError:", error)
