# keys(), values(), items() are live views.
d = {"x": 1, "y": 2}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["z"] = 3
print(list(keys), list(values), list(items))
print(len(keys), "x" in keys, 2 in values, ("z", 3) in items)
for k, v in d.items():
    print(k, "->", v)
print(sorted(d.values(), reverse=True))
print(keys & {"x", "q"}, keys - {"x"} == {"y", "z"})
total = 0
for v in d.values():
    total += v
print(total)
del d["x"]
print(list(keys))
print(list(d), list(d.keys()) == list(d))
