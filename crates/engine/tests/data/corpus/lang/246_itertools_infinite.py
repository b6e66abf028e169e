# Infinite iterators, limited with islice and zip.
from itertools import count, cycle, repeat, islice
print(list(islice(count(10, 5), 4)), list(zip(count(1), "abc")))
print(list(islice(cycle("RGB"), 7)), list(repeat("-", 3)), list(map(pow, range(5), repeat(2))))
print(count(3), count(1.5, 0.5), repeat("x", 2))
ids = count(1000)
print([next(ids) for _ in range(3)], next(ids))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", None, 3)))
turns = cycle(["ann", "bob"])
for move in range(5):
    print(move, next(turns))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
