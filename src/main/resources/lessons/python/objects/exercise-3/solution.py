class Cat:
    species = "Felis catus"

    def __init__(self, name):
        self.name = name

    def meow(self):
        return f"{self.name} says meow!"


my_cat = Cat("Tom")
print(my_cat.meow())
