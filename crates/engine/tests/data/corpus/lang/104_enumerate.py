# enumerate() with and without start.
for i, ch in enumerate("abc"):
    print(i, ch)
for n, fruit in enumerate(["apple", "pear"], start=1):
    print(f"{n}. {fruit}")
print(list(enumerate([10, 20], 100)))
print(list(enumerate("")))
print(dict(enumerate("xy")))
e = enumerate(["a", "b"])
print(next(e), next(e))
scores = [70, 95, 88]
best = max(enumerate(scores), key=lambda p: p[1])
print(best)
print([i for i, v in enumerate([0, 1, 0, 1]) if v])
for index, (a, b) in enumerate([(1, 2), (3, 4)], start=-1):
    print(index, a + b)
