assert isinstance(globals().get("Thermometer"), type), "Ya no hay ninguna clase llamada Thermometer."
assert isinstance(vars(Thermometer).get("celsius"), property), "Convierte celsius en una propiedad: @property encima de def celsius(self), y @celsius.setter encima del setter."
assert vars(Thermometer)["celsius"].fset is not None, "celsius tiene un getter, pero todavía no tiene setter: añade @celsius.setter."
t = Thermometer(20)
t.celsius = 25
assert t.celsius == 25, f"Tras t.celsius = 25, t.celsius vale {t.celsius!r}."
try:
    t.celsius = -300
except ValueError:
    pass
else:
    raise AssertionError("Se aceptó poner celsius a -300: lanza ValueError por debajo de -273.15.")
assert t.celsius == 25, "Un valor rechazado debe dejar la temperatura como estaba."
try:
    Thermometer(-500)
except ValueError:
    pass
else:
    raise AssertionError("Se aceptó Thermometer(-500): haz que __init__ asigne self.celsius para que el setter lo compruebe.")
assert isinstance(vars(Thermometer).get("fahrenheit"), property), "Añade una propiedad fahrenheit: @property encima de def fahrenheit(self)."
assert abs(t.fahrenheit - 77) < 1e-9, f"A 25 °C, fahrenheit dio {t.fahrenheit!r}; se esperaba 77."
