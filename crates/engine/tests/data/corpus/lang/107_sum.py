# sum() with a start value.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], 10))
print(sum([0.1] * 3), sum([1, 2.5]), sum(range(1, 11)))
print(sum([[1], [2, 3]], []))
print(sum((x for x in range(5)), start=100))
print(sum([True, True, False]))
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(sum([1e100, 1.0, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
