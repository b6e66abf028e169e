# A small object-oriented inventory program.
class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty

    def __len__(self):
        return len(self.items)

    def total(self):
        return sum(i.value for i in self.items.values())

    def report(self):
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            print(f"{item.name:<8}{item.qty:>4} x {item.price:>6.2f} = {item.value:>8.2f}")


inv = Inventory()
inv.add(Item("pen", 1.25, 40))
inv.add(Item("book", 12.5, 3))
inv.add(Item("pen", 1.25, 10))
inv.add(Item("lamp", 30, 1))
inv.report()
print(len(inv), f"{inv.total():.2f}")
try:
    inv.remove("lamp", 2)
except ValueError as e:
    print("error:", e)
inv.remove("pen", 45)
print(inv.items["pen"])
