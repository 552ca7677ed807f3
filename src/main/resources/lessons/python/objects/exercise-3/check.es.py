assert isinstance(globals().get("Cat"), type), "Todavía no hay ninguna clase llamada Cat: empieza con class Cat:"
assert getattr(Cat, "species", None) == "Felis catus", "Cat necesita el atributo de clase species = \"Felis catus\"."
assert isinstance(globals().get("my_cat"), Cat), "Crea un gato: my_cat = Cat(\"Tom\")."
assert "species" not in vars(my_cat), "species pertenece a la clase, no a cada gato: escríbelo en el cuerpo de la clase, no en __init__."
assert vars(my_cat).get("name") == "Tom", "my_cat debería tener su propio atributo name, \"Tom\", asignado en __init__."
got = Cat("Kitty").meow()
assert got == "Kitty says meow!", f"Cat('Kitty').meow() devolvió {got!r}; se esperaba 'Kitty says meow!'."
