class Dog:
    species = "Canis lupus familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age


Dog("Buddy", 3)
Dog("Rex", 5)
print(getattr(Dog, "count", "Dog has no count yet"))
