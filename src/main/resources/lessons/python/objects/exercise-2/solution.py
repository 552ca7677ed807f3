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
