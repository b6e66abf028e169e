# dict() from keywords, pairs, zip and another dict.
print(dict())
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]))
print(dict([["k", "v"]], extra=True))
print(dict(zip(["one", "two"], [1, 2])))
base = {"a": 1}
copy = dict(base, b=2)
print(base, copy)
print(dict({"z": 0}.items()))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict((n, n * n) for n in range(4)))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
