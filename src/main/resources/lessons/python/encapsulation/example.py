class Person:
    def __init__(self, name, age):
        self.name = name        # public: anyone may read and change it
        self.__age = age        # internal: two underscores, so Python stores it as _Person__age

    def get_age(self):          # a getter: the way to read the age
        return self.__age

    def set_age(self, age):     # a setter: the way the class offers to change it, with a check
        if age < 0:
            raise ValueError("an age cannot be negative")
        self.__age = age


alice = Person("Alice", 30)
print(alice.name, alice.get_age())
alice.set_age(31)
print("After her birthday:", alice.get_age())

try:
    alice.set_age(-5)
except ValueError as error:
    print("Rejected:", error)

try:
    print(alice.__age)
except AttributeError as error:
    print("AttributeError:", error)

# Name mangling is not a lock: the value is still there under its longer name,
# and code that insists can even change it past the setter's check.
print("Still reachable:", alice._Person__age)
alice._Person__age = -5
print("Changed past the check:", alice.get_age())


class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade      # goes through the setter below, so it is checked too

    @property
    def grade(self):            # read as bob.grade, without parentheses
        return self._grade

    @grade.setter
    def grade(self, value):     # runs on every bob.grade = ...
        if not 1 <= value <= 6:
            raise ValueError("a grade runs from 1 to 6")
        self._grade = value


bob = Student("Bob", 2)
bob.grade = 1
print(bob.name, "now has grade", bob.grade)
