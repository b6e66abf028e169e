# dict.get and dict.setdefault.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0), stock.get("pear", 99))
print(stock.setdefault("apple", 100), stock.setdefault("kiwi", 7), stock)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(stock.setdefault("x"), stock)
try:
    print(stock["missing"])
except KeyError as e:
    print("KeyError:", e)
