# set methods: add / discard / remove / pop / union / intersection / ...
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.discard(1)
print(s)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a))
print(a.symmetric_difference(b))
print({1, 2}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)))
c = a.copy()
c.update({10, 11})
print(sorted(c), sorted(a))
c.clear()
print(c, len(c))
evens = {0, 2, 4}
print(evens.pop(), evens)
