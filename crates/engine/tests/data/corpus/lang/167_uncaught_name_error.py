# A typo in a variable name.
def total_price(prices):
    total = 0
    for price in prices:
        total += price
    return totl

print("start")
print(total_price([1, 2, 3]))
