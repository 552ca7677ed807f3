assert isinstance(globals().get("Notifier"), type), "There is no class called Notifier any more."
try:
    Notifier()
except TypeError:
    pass
else:
    raise AssertionError("Notifier should stay abstract: keep @abstractmethod on its send.")
n = EmailNotifier("x@example.org")
got = n.send("Hi")
assert got == "Email to x@example.org: Hi", f"send('Hi') returned {got!r}; expected 'Email to x@example.org: Hi'."
assert n.send_all(["a", "b"]) == ["Email to x@example.org: a", "Email to x@example.org: b"], "send_all should give one line per message."
