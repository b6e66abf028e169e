# A basic class: __init__, attributes and methods.
class Account:
    """A bank account."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            print(f"{self.owner}: insufficient funds")
            return self.balance
        self.balance -= amount
        return self.balance

a = Account("alice", 100)
b = Account("bob")
print(a.deposit(50))
print(a.withdraw(500))
print(a.withdraw(30))
print(b.balance, b.owner)

b.nickname = "bobby"
print(b.nickname)
print(type(a).__name__, isinstance(a, Account))

# Methods are just functions looked up through the class.
print(Account.deposit(b, 7))
dep = a.deposit
print(dep(1))
print(Account.__doc__)
