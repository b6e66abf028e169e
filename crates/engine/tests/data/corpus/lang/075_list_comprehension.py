# List comprehensions with conditions and transformations.
nums = [5, -3, 8, 0, -1, 12]
print([n * 2 for n in nums])
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
print([abs(n) for n in nums if n != 0])
words = ["apple", "Banana", "cherry", "date"]
print([w.upper() for w in words if len(w) > 4])
print([w[0] for w in words])
print([(w, len(w)) for w in words])
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
print([c for c in "Hello World" if c.isupper()])
print([x for x in []])
print(sum([x * x for x in range(1, 11)]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in matrix])
print([[cell * 10 for cell in row] for row in matrix])
x = "outer"
print([x for x in range(3)], x)
