# A failing assert with a message.
def apply_discount(price, percent):
    assert 0 <= percent <= 100, f"invalid percent: {percent}"
    return price * (100 - percent) / 100

print(apply_discount(80, 25))
print(apply_discount(80, 150))
