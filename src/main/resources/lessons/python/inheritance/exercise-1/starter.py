class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound."


class Puppy(Animal):
    pass


print(Puppy("Bolt").speak())
