# Merging dicts and working with their views.
defaults = {"color": "red", "size": "M", "qty": 1}
order = {"size": "L", "qty": 3}
print(defaults | order, order | defaults)
merged = dict(defaults)
merged |= order
merged |= [("gift", True)]
print(merged)
print(defaults.keys() & order.keys(), sorted(defaults.keys() - order.keys()), defaults.keys() | {"extra"} == {"color", "size", "qty", "extra"})
print(defaults.items() - order.items() == {("color", "red"), ("size", "M"), ("qty", 1)})
print(list(reversed(defaults)), list(reversed(defaults.values())), defaults.keys() == {"color", "size", "qty"})
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups, dict.fromkeys("abc", 0))
print({k: v for k, v in sorted(merged.items(), key=lambda kv: str(kv[1]))})
