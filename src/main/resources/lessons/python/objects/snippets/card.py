class Dog:
    species = "Canis lupus"

    def __init__(self, name):
        self.name = name

    def bark(self):
        return self.name + ": woof!"


my_dog = Dog("Buddy")
print(my_dog.bark())
