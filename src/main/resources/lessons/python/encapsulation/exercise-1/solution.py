class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance

    def deposit(self, amount):
        if amount < 0:
            raise ValueError("a deposit cannot be negative")
        self.__balance += amount

    def get_balance(self):
        return self.__balance


account = Account("Ada", 100)
account.deposit(50)
print(account.get_balance())
print(vars(account))               # the balance is stored as _Account__balance
print(account._Account__balance)   # ... and the mangled name still reaches it: nothing is enforced
