# Comprehensions with several for clauses.
print([(a, b) for a in range(3) for b in range(a)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [cell for row in matrix for cell in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([cell for row in matrix if row[0] > 1 for cell in row if cell % 2])
pairs = [(x, y) for x in "ab" for y in (1, 2)]
print(pairs)
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(row)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c)
           for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ["hi", "yo"]
print([ch.upper() for w in words for ch in w])
print({(i, j): i + j for i in range(2) for j in range(2)})
