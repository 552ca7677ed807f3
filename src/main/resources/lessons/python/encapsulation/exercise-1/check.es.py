assert isinstance(globals().get("Account"), type), "Ya no hay ninguna clase llamada Account."
a = Account("Test", 10)
assert "balance" not in vars(a), "La cuenta todavía tiene un atributo público balance: guarda la cantidad en self.__balance en su lugar."
assert "_Account__balance" in vars(a), "Guarda la cantidad en self.__balance (con dos guiones bajos), para que Python altere el nombre a _Account__balance."
a.deposit(5)
assert a.get_balance() == 15, f"Tras deposit(5) con un saldo de 10, get_balance() devolvió {a.get_balance()!r} en lugar de 15."
try:
    a.deposit(-20)
except ValueError:
    pass
else:
    raise AssertionError("Se aceptó deposit(-20): lanza ValueError cuando la cantidad sea negativa.")
assert a.get_balance() == 15, "Un ingreso rechazado debe dejar el saldo como estaba: comprueba la cantidad antes de cambiarlo."
