# Tuple and list unpacking in assignment.
a, b = 1, 2
print(a, b)

a, b = b, a
print("swapped:", a, b)

(x, y) = [10, 20]
print(x, y)

[p, q, r] = "abc"
print(p, q, r)

point = (3, 4)
px, py = point
print(f"px={px} py={py}")

# Unpacking a dict gives its keys.
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)

# Unpacking a range and a generator.
lo, mid, hi = range(3)
print(lo, mid, hi)
s1, s2 = (n * n for n in (5, 6))
print(s1, s2)

# Single-element tuple unpacking.
(only,) = [42]
print(only)
only, = (43,)
print(only)
