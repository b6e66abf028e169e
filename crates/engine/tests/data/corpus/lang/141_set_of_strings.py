# Sets of strings: the printed order depends on string hashing (PYTHONHASHSEED=0).
colors = {"red", "green", "blue"}
print(colors)
colors.add("yellow")
print(colors)
print(sorted(colors))
words = "the cat and the hat and the bat".split()
unique = set(words)
print(unique, len(unique))
print(sorted(unique))
print({"a", "b"} | {"c"}, {"x", "y"} & {"y", "z"})
for w in {"one", "two", "three"}:
    print(w)
print(list({"k1": 1, "k2": 2}.keys() | {"k3"}))
