assert isinstance(globals().get("Thermometer"), type), "There is no class called Thermometer any more."
assert isinstance(vars(Thermometer).get("celsius"), property), "Make celsius a property: @property above def celsius(self), and @celsius.setter above the setter."
assert vars(Thermometer)["celsius"].fset is not None, "celsius has a getter but no setter yet: add @celsius.setter."
t = Thermometer(20)
t.celsius = 25
assert t.celsius == 25, f"After t.celsius = 25, t.celsius is {t.celsius!r}."
try:
    t.celsius = -300
except ValueError:
    pass
else:
    raise AssertionError("Setting celsius to -300 was accepted: raise ValueError below -273.15.")
assert t.celsius == 25, "A rejected value must leave the temperature as it was."
try:
    Thermometer(-500)
except ValueError:
    pass
else:
    raise AssertionError("Thermometer(-500) was accepted: let __init__ assign self.celsius so the setter checks it.")
assert isinstance(vars(Thermometer).get("fahrenheit"), property), "Add a property fahrenheit: @property above def fahrenheit(self)."
assert abs(t.fahrenheit - 77) < 1e-9, f"At 25 °C, fahrenheit gave {t.fahrenheit!r}; expected 77."
