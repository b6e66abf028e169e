# Conditional expressions (a if cond else b).
for n in range(-2, 3):
    print(n, "even" if n % 2 == 0 else "odd", "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
label = "big" if x > 3 else "small"
print(label)
print([("F" if s < 50 else "P") for s in [30, 70, 50]])
print(1 if True else 1 / 0)
print(1 / 1 if False else "the other branch only")
value = None
print(value if value is not None else "default")
def describe(items):
    return f"{len(items)} item{'s' if len(items) != 1 else ''}"
print(describe([]), describe([1]), describe([1, 2]))
print(max(3, 4) if 3 > 4 else min(3, 4))
print((lambda a: "a" if a else "b")(0))
