# Extended unpacking with a starred target.
first, *rest = [1, 2, 3, 4]
print(first, rest)

*init, last = [1, 2, 3, 4]
print(init, last)

head, *middle, tail = "python"
print(head, middle, tail)

# The starred name always gets a list, even when empty.
a, *b = (7,)
print(a, b)

a, *b, c = 1, 2
print(a, b, c)

# Works in for loops too.
rows = [(1, "x", "y"), (2, "z"), (3,)]
for n, *labels in rows:
    print(n, labels, len(labels))

# Star target from a string and a range.
*digits, = range(4)
print(digits)
