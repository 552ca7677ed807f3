assert isinstance(globals().get("Dog"), type), "There is no class called Dog any more."
luna = Dog("Luna", 7)
assert hasattr(luna, "describe"), "A Dog has no describe method yet: add def describe(self): inside the class."
got = luna.describe()
assert got == "Luna is 7 years old", f"Dog('Luna', 7).describe() returned {got!r}; expected 'Luna is 7 years old'."
