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
    print(pet.eat(), pet.speak())     # polymorphism: each pet answers with its own class's speak
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
