# update, copy, fromkeys, clear, |.
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
merged = base.copy()
merged.update(override)
print(base)
print(merged)
merged.update([("user", "root")], timeout=5)
print(merged)
print(base | override, override | base)
copy = merged.copy()
copy["host"] = "example.com"
print(merged["host"], copy["host"])
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
print(dict.fromkeys(range(3), "x"))
merged.clear()
print(merged, len(merged))
settings = {"a": 1}
settings |= {"b": 2}
print(settings)
