# Tuples: methods, comparisons, hashing and unpacking.
point = (3, 4, 3)
print(point.count(3), point.index(4), point.index(3, 1), point[::-1], point + (5,), point * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), ("a", 1) == ("a", 1.0))
records = [("bob", 25), ("ann", 31), ("bob", 19)]
print(sorted(records), min(records), max(records, key=lambda r: r[1]))
first, *rest = point
print(first, rest, hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
nested = ([1],)
nested[0].append(2)
print(nested)
try:
    point.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    point[0] = 1
except TypeError as e:
    print("TypeError:", e)
