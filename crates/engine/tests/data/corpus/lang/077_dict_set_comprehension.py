# Dict and set comprehensions.
words = ["apple", "bob", "kayak", "tree", "apple"]
lengths = {w: len(w) for w in words}
print(lengths)
print({w: w[::-1] for w in words if w == w[::-1]})
print({n: n ** 2 for n in range(6)})
prices = {"a": 1.0, "b": 2.5, "c": 0.5}
print({k: v * 2 for k, v in prices.items() if v >= 1})
print({v: k for k, v in prices.items()})
print({i: ch for i, ch in enumerate("xyz")})
print({n % 4 for n in range(20)})
print({len(w) for w in words})
print(sorted({w[0] for w in words}))
print({k: [] for k in "ab"})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print({w: c for w, c in counts.items() if c > 1})
print(dict(zip("abc", range(3))))
