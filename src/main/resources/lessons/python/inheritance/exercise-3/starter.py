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
