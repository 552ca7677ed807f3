class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound."


class Dog(Animal):
    def speak(self):
        return f"{self.name} barks."


class Cat(Animal):
    def speak(self):
        return super().speak() + " It is a meow."


class Robot:                            # not an Animal at all: it only has a speak method
    def speak(self):
        return "Beep."


for thing in [Dog("Buddy"), Cat("Tom"), Animal("Generic"), Robot()]:
    print(type(thing).__name__, "->", thing.speak())   # one call, each class's own answer
