# sort is stable: equal keys keep their original order (also with reverse).
records = [("ann", "B"), ("bob", "A"), ("cy", "B"), ("dan", "A"), ("eve", "C"), ("fay", "A")]
by_grade = sorted(records, key=lambda r: r[1])
print(by_grade)
print(sorted(records, key=lambda r: r[1], reverse=True))
# Multi-pass sort: secondary key first, then primary.
by_name_desc = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name_desc, key=lambda r: r[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
items = [3, 1, 2]
items.sort(key=lambda x: 0)
print(items)
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
