class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound."


class Puppy(Animal):
    def speak(self):
        return super().speak() + " Yip!"


print(Puppy("Bolt").speak())
