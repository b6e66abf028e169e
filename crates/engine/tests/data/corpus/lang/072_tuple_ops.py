# Tuples: immutable sequences.
t = (1, 2, 3)
single = (1,)
not_tuple = (1)
empty = ()
print(t, single, not_tuple, empty)
print(type(single).__name__, type(not_tuple).__name__)
print(t + (4,), t * 2, t[1:], t[::-1])
print(len(t), t.index(2), (1, 1, 2).count(1))
print(min(t), max(t), sum(t), 2 in t)
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2))
packed = 1, "a", None
print(packed)
print(tuple([4, 5]), tuple("hi"), tuple(range(2)))
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
print(((1, 2), (3, 4))[1][0])
print(tuple(), (None,), ((),))
