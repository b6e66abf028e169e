# Membership (in / not in) and identity (is / is not).
print(3 in [1, 2, 3], "x" in ["xy"], "x" in "xy", "xy" in "axyb")
print(2 in (1, 2), 2 in {2: "v"}, "v" in {2: "v"}, 5 in range(10))
print(5 in range(0, 10, 2), 4 in range(0, 10, 2), "" in "abc")
print(1 not in [2], "A" not in "abc")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(a) is list, type(True) is bool)
x = None
print(x is None, x is not None)
print([1, 2] in [[1, 2], [3]], (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1], 0 in [False])
d = {"k": 1}
print("k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
nested = [[1, 2], [3, 4]]
print(any(3 in row for row in nested))
