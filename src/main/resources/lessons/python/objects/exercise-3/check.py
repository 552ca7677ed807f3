assert isinstance(globals().get("Cat"), type), "There is no class called Cat yet: start with class Cat:"
assert getattr(Cat, "species", None) == "Felis catus", "Cat needs the class attribute species = \"Felis catus\"."
assert isinstance(globals().get("my_cat"), Cat), "Make one cat: my_cat = Cat(\"Tom\")."
assert "species" not in vars(my_cat), "species belongs to the class, not to each cat: write it in the class body, not in __init__."
assert vars(my_cat).get("name") == "Tom", "my_cat should have its own name attribute, \"Tom\", set in __init__."
got = Cat("Kitty").meow()
assert got == "Kitty says meow!", f"Cat('Kitty').meow() returned {got!r}; expected 'Kitty says meow!'."
