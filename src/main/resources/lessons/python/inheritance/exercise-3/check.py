assert isinstance(globals().get("Duck"), type), "There is no class called Duck any more."
assert "move" not in vars(Duck), "Leave Duck's body as pass: only change the order of its bases."
got = Duck("Daisy").move()
assert got == "flies, then swims, then walks", f"Duck('Daisy').move() returned {got!r}; expected 'flies, then swims, then walks'."
