# Defining __eq__ without __hash__ makes instances unhashable.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __repr__(self):
        return f"{self.amount} {self.currency}"

a = Money(5, "EUR")
b = Money(5, "EUR")
print(a == b, a != b, a is b)
print([a].count(b), b in [a])
try:
    {a}
except TypeError as e:
    print("TypeError:", e)

class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return f"#{self.name}"

tags = {Tag("py"), Tag("py"), Tag("rs")}
print(len(tags), Tag("rs") in tags)
print({Tag("x"): 1}[Tag("x")])
