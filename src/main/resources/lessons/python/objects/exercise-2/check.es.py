assert isinstance(globals().get("Dog"), type), "Ya no hay ninguna clase llamada Dog."
assert "count" in vars(Dog), "Dog todavía no tiene el atributo de clase count: escribe count = 0 dentro de la clase, junto a species."
before = Dog.count
first = Dog("A", 1)
Dog("B", 2)
assert "count" not in vars(first), "self.count += 1 le da a ese único perro su propio count y deja Dog.count sin cambiar: escribe Dog.count += 1 en su lugar."
assert Dog.count == before + 2, f"Crear dos perros más cambió Dog.count de {before} a {Dog.count}; debería subir en 2."
