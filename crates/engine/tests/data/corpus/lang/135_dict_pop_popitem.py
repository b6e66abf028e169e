# dict.pop and dict.popitem.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zzz", "default"), d)
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.pop("zzz")
except KeyError as e:
    print("KeyError:", e)
d["new"] = 5
print(d.popitem())
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
