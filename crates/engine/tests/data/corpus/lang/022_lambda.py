# lambda expressions in the usual places.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))

people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))

print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 3 == 0, range(10))))

# A lambda with no parameters, and with *args.
get_five = lambda: 5
count_args = lambda *a: len(a)
print(get_five(), count_args(1, 2, 3))

# Immediately called.
print((lambda x, y: x * y)(6, 7))

# Conditional expression inside a lambda.
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 2)])
print(square.__name__)
