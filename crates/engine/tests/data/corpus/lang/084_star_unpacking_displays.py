# * and ** unpacking inside list/tuple/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 5])
print((*a,), [*"hey"], [*range(3), *a])
print({*a, *b, 1})
defaults = {"color": "red", "size": "M"}
custom = {"size": "L"}
print({**defaults, **custom})
print({**custom, **defaults})
print({"extra": True, **defaults, "color": "blue"})
print({**{}, **{}})
merged = [*[], *[None]]
print(merged)
first, *rest = [*a, *b]
print(first, rest)
keys = ["x", "y"]
print({**dict.fromkeys(keys, 0), "y": 1})
