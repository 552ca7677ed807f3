from abc import ABC, abstractmethod
import math


class Shape(ABC):
    """What every shape can do. How each one does it is left to its subclass."""

    @abstractmethod
    def area(self):
        """Return the area."""

    @abstractmethod
    def perimeter(self):
        """Return the length of the outline."""

    def describe(self):          # written once, using the abstract methods
        return f"{type(self).__name__}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius


shapes = [Rectangle(3, 4), Circle(1)]
for shape in shapes:
    print(shape.describe())     # polymorphism: one call, each shape answers with its own methods

try:
    Shape()
except TypeError as error:
    print("TypeError:", error)
