# range objects: slicing, membership, index and count.
r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r[10:])
print(9 in r, 10 in r, r.index(9), r.count(9), r.count(10))
print(range(5) == range(0, 5, 1), range(0) == range(10, 2), list(reversed(range(1, 10, 4))))
print(sum(range(101)), max(range(-5, 0)), list(range(10, 0, -3)), bool(range(0)))
for bad in [lambda: r.index(10), lambda: r[100], lambda: range(1, 2, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
