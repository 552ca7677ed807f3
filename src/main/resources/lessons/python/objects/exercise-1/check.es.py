assert isinstance(globals().get("Dog"), type), "Ya no hay ninguna clase llamada Dog."
luna = Dog("Luna", 7)
assert hasattr(luna, "describe"), "Un Dog todavía no tiene el método describe: añade def describe(self): dentro de la clase."
got = luna.describe()
assert got == "Luna is 7 years old", f"Dog('Luna', 7).describe() devolvió {got!r}; se esperaba 'Luna is 7 years old'."
