# Counter: counting things and finding the most common.
from collections import Counter
text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words)
print(words.most_common(2), words["the"], words["cat"], words.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
inventory = Counter(apples=3, pears=1)
inventory.update(["apples", "plums"])
inventory.update({"pears": 4})
print(inventory, sorted(inventory.elements()))
inventory.subtract(apples=5)
print(inventory, +inventory)
print(Counter("aabbbc") == Counter({"b": 3, "a": 2, "c": 1}), Counter(), Counter([1, 2, 2]).most_common())
