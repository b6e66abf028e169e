# Sets of small ints (their order is deterministic in CPython).
s = {3, 1, 2, 3, 1}
print(s, len(s))
print(set(), {0}, set([5, 5, 6]))
print(2 in s, 7 not in s)
s.add(10)
s.add(1)
print(s)
print(sorted({9, 4, 7}), sorted(set("banana")))
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1} <= {1})
print(set(range(5)) - {0, 4})
print({x % 3 for x in range(10)})
print(len(set([1, 1.0, True])))
print(sorted({-1, -5, 3}))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens)
