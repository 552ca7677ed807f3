class Dog:
    """A blueprint for dogs: every Dog gets a name, an age and the shared species."""

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
