# Set operators: | & - ^ < <= > >= and in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print({1, 2} < a, a < a, a <= a, a > {1}, {7} > set())
print(a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {9}
print(c)
c &= {1, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {9, 8}
print(c)
print(sorted((a | b) - (a & b)))
try:
    print({1} + {2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(a | [1])
except TypeError as e:
    print("TypeError:", e)
