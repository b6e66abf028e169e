# reversed() over sequences.
print(list(reversed([1, 2, 3])))
print("".join(reversed("stressed")))
print(tuple(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed({"a": 1, "b": 2})))
for i in reversed(range(1, 4)):
    print("countdown", i)
r = reversed([10, 20])
print(next(r), next(r), next(r, "done"))
original = [1, 2, 3]
rev = list(reversed(original))
print(original, rev)
print(list(reversed([])))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
