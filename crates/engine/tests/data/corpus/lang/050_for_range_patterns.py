# for loops over ranges, strings, lists, dicts.
for i in range(3):
    print("i", i)
for i in range(10, 0, -3):
    print("down", i)
for ch in "hey":
    print(ch, end=" ")
print()
for word in ["alpha", "beta"]:
    print(word, len(word))
prices = {"apple": 1.5, "pear": 2.25}
for name in prices:
    print(name, prices[name])
for name, price in prices.items():
    print(f"{name:>6}: {price:5.2f}")
for idx, ch in enumerate("ab", start=1):
    print(idx, ch)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for cell in row:
        print(cell, end=",")
print()
total = 0
for n in range(1, 101):
    total += n
print(total)
