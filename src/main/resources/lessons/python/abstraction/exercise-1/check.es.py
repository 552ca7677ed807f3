assert isinstance(globals().get("Shape"), type), "Ya no hay ninguna clase llamada Shape."
try:
    Shape()
except TypeError:
    pass
else:
    raise AssertionError("Shape() todavía crea un objeto: haz que Shape herede de ABC y pon @abstractmethod encima de area.")
assert "area" in getattr(Shape, "__abstractmethods__", ()), "Marca area con @abstractmethod."
assert isinstance(globals().get("Square"), type) and issubclass(Square, Shape), "Mantén la clase Square(Shape)."
assert Square(3).area() == 9, "Square(3).area() debería seguir siendo 9."
