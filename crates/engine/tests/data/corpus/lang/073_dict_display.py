# Dicts: displays, lookup, membership, mutation, nested.
ages = {"ann": 31, "bob": 27}
print(ages, len(ages), ages["ann"])
ages["cy"] = 45
ages["ann"] = 32
print(ages)
print("bob" in ages, "zed" in ages, 27 in ages)
print({}, {1: "int key", (1, 2): "tuple key", "s": "str key"})
print({"a": 1, "a": 2})
nested = {"user": {"name": "ann", "tags": ["x", "y"]}}
print(nested["user"]["tags"][1])
nested["user"]["tags"].append("z")
print(nested)
print({1: "a", 1.0: "b", True: "c"})
print(list(ages), sorted(ages, key=ages.get))
print({**ages, "dan": 1})
print(dict(a=1) == {"a": 1}, {1: 2} == {1: 2.0})
squares = {}
for n in range(4):
    squares[n] = n * n
print(squares)
