# next() on an exhausted iterator outside a for loop.
tokens = iter(["let", "x", "="])
print(next(tokens))
print(next(tokens))
print(next(tokens))
print(next(tokens))
