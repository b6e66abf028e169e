# Dicts keep insertion order; updating a value keeps the position.
d = {}
d["banana"] = 3
d["apple"] = 1
d["cherry"] = 2
print(d)
d["banana"] = 30
print(list(d))
del d["banana"]
d["banana"] = 300
print(list(d))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print({k: d[k] for k in sorted(d)})
nums = {3: "c", 1: "a", 2: "b"}
print(nums, list(nums.values()))
print({1: 1, 2: 2} == {2: 2, 1: 1})
rev = dict(reversed(list(d.items())))
print(rev)
