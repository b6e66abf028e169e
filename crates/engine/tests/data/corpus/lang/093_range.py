# range: start, stop, step, negatives, emptiness, indexing.
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, 2)), list(range(0)), list(range(-3)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:4])
print(7 in r, 8 in r, r.index(11), r.count(15))
print(range(5) == range(0, 5), range(0) == range(5, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(10)[::-1], list(range(10)[::3]))
