# A small custom exception hierarchy with extra fields.
class ShopError(Exception):
    """Base error for the shop."""

class OutOfStock(ShopError):
    def __init__(self, item):
        super().__init__(f"{item} is out of stock")
        self.item = item

class PaymentDeclined(ShopError):
    def __init__(self, amount, reason="card declined"):
        super().__init__(amount, reason)
        self.amount = amount
        self.reason = reason

    def __str__(self):
        return f"payment of {self.amount:.2f} declined: {self.reason}"

def checkout(item, amount):
    if item == "tea":
        raise OutOfStock(item)
    if amount > 50:
        raise PaymentDeclined(amount)
    return f"bought {item}"

for item, amount in [("coffee", 5), ("tea", 3), ("cake", 75.5)]:
    try:
        print(checkout(item, amount))
    except OutOfStock as e:
        print("OutOfStock:", e, "| item:", e.item)
    except ShopError as e:
        print(type(e).__name__ + ":", e, "| args:", e.args)
print(ShopError.__doc__, issubclass(PaymentDeclined, ShopError))
print(repr(OutOfStock("milk")))
