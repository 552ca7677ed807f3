class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age              # runs the setter below

    @property
    def age(self):                  # read as alice.age, without parentheses
        return self._age

    @age.setter
    def age(self, value):           # runs on every alice.age = ...
        if value < 0:
            raise ValueError("an age cannot be negative")
        self._age = value


alice = Person("Alice", 30)
alice.age = 31
print(alice.name, "is", alice.age)
try:
    alice.age = -5
except ValueError as error:
    print("Rejected:", error)
print(vars(alice))                  # the value itself is stored as _age
