assert isinstance(globals().get("Notifier"), type), "Ya no hay ninguna clase llamada Notifier."
try:
    Notifier()
except TypeError:
    pass
else:
    raise AssertionError("Notifier debe seguir siendo abstracta: mantén @abstractmethod en su send.")
n = EmailNotifier("x@example.org")
got = n.send("Hi")
assert got == "Email to x@example.org: Hi", f"send('Hi') devolvió {got!r}; se esperaba 'Email to x@example.org: Hi'."
assert n.send_all(["a", "b"]) == ["Email to x@example.org: a", "Email to x@example.org: b"], "send_all debería dar una línea por mensaje."
