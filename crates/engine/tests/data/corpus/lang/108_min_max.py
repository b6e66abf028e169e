# min() and max(): iterables, several args, key=, default=.
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 8, 2]), max("hello"), min("b", "a", "c"))
words = ["kiwi", "banana", "fig", "apple"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max([], default="empty"), min([], default=None))
print(max([3], default=0))
print(max(1, 2, key=lambda n: -n), min(-3, 2, key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(max([1, 3, 3, 2], key=lambda n: n % 3))
print(min(["aa", "b", "cc"], key=len), max(["aa", "b", "cc"], key=len))
print(max(2, 2.0), max(2.0, 2), min(0, False), max(True, 1))
d = {"a": 3, "b": 7, "c": 5}
print(max(d), max(d, key=d.get), max(d.values()), min(d.items(), key=lambda kv: kv[1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
