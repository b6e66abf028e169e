# Nested unpacking: the target mirrors the shape of the value.
(a, b), c = (1, 2), 3
print(a, b, c)

name, (lat, lon) = "Paris", (48.85, 2.35)
print(f"{name}: {lat}, {lon}")

records = [("alice", (30, "admin")), ("bob", (25, "user"))]
for who, (age, role) in records:
    print(who, age, role)

# Enumerate with nested unpacking.
pairs = [("x", 1), ("y", 2)]
for i, (key, value) in enumerate(pairs):
    print(i, key, value)

# Nested with a star inside.
(first, *others), last = [1, 2, 3], "end"
print(first, others, last)

[[p, q], [r, s]] = [[1, 2], [3, 4]]
print(p + q + r + s)
