assert isinstance(globals().get("Account"), type), "There is no class called Account any more."
a = Account("Test", 10)
assert "balance" not in vars(a), "The account still has a public attribute balance: store the amount in self.__balance instead."
assert "_Account__balance" in vars(a), "Store the amount in self.__balance (two underscores), so that Python mangles it to _Account__balance."
a.deposit(5)
assert a.get_balance() == 15, f"After deposit(5) on a balance of 10, get_balance() returned {a.get_balance()!r} instead of 15."
try:
    a.deposit(-20)
except ValueError:
    pass
else:
    raise AssertionError("deposit(-20) was accepted: raise ValueError when the amount is negative.")
assert a.get_balance() == 15, "A rejected deposit must leave the balance as it was: check the amount before changing it."
