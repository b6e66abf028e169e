# iter() and next(), default values and StopIteration.
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")

s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(10, 13))
print(sum(r))
it = iter([5, 6, 7])
for x in it:
    print("loop got", x, "next is", next(it, None))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
g = (n * n for n in range(1, 10))
print(next(g), next(g), next(g))
it = iter([1])
print(iter(it) is it)
