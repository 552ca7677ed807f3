class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance        # inside class Account: stored as _Account__balance

    def get_balance(self):
        return self.__balance


class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "Savings' own"  # inside class Savings: stored as _Savings__balance, no clash


acct = Account("Ada", 100)
print(vars(acct))

try:
    print(acct.__balance)               # outside a class nothing is mangled: there is no attribute __balance
except AttributeError as error:
    print("AttributeError:", error)

print(acct._Account__balance)           # the mangled name still reaches it ...
acct._Account__balance = -1_000_000     # ... and changes it: Python enforces nothing
print(acct.get_balance())

print(vars(Savings("Bo", 50)))          # parent and child each keep their own __balance
