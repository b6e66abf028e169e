# Deeply nested data: repr and comparison give RecursionError.
nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)
other = []
for _ in range(5000):
    other = [other]
try:
    print(nested == other)
except RecursionError as e:
    print("RecursionError:", e)
shallow = [[[1]]]
print(repr(shallow), shallow == [[[1]]])
