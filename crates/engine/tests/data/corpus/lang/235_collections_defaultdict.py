# defaultdict: grouping and counting without KeyError.
from collections import defaultdict
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter["z"], len(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["fruit"]["apple"] += 2
nested["fruit"]["pear"] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"a": 1})
print(plain, isinstance(plain, dict), type(plain).__name__)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
