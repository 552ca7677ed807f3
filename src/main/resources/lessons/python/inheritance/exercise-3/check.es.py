assert isinstance(globals().get("Duck"), type), "Ya no hay ninguna clase llamada Duck."
assert "move" not in vars(Duck), "Deja el cuerpo de Duck como pass: cambia solo el orden de sus clases base."
got = Duck("Daisy").move()
assert got == "flies, then swims, then walks", f"Duck('Daisy').move() devolvió {got!r}; se esperaba 'flies, then swims, then walks'."
