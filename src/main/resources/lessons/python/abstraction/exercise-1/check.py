assert isinstance(globals().get("Shape"), type), "There is no class called Shape any more."
try:
    Shape()
except TypeError:
    pass
else:
    raise AssertionError("Shape() still makes an object: let Shape inherit from ABC and put @abstractmethod above area.")
assert "area" in getattr(Shape, "__abstractmethods__", ()), "Mark area with @abstractmethod."
assert isinstance(globals().get("Square"), type) and issubclass(Square, Shape), "Keep the class Square(Shape)."
assert Square(3).area() == 9, "Square(3).area() should still be 9."
