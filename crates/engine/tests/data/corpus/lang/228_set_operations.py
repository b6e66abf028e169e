# Set algebra with operators and methods.
python = {"ann", "bob", "cid", "dee"}
rust = {"bob", "dee", "eve"}
print(sorted(python & rust), sorted(python | rust), sorted(python - rust), sorted(python ^ rust))
print(python.issuperset({"ann"}), {"bob"} <= rust, rust.isdisjoint({"zed"}), {"bob"} < {"bob"})
print(sorted(python.union(["fay"], ("gus",))), sorted(python.intersection(rust, {"dee"})))
seen = set()
for n in [3, 1, 3, 2, 1, 5]:
    if n in seen:
        print("duplicate", n)
    seen.add(n)
print(seen, len(seen), {1, 1.0, True}, frozenset({1, 2}) == {2, 1})
routes = {frozenset({"A", "B"}): 5, frozenset({"B", "C"}): 7}
print(routes[frozenset({"B", "A"})])
seen.discard(99)
try:
    seen.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
