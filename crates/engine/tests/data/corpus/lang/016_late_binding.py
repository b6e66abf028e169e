# The classic late-binding gotcha with closures in a loop.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

# Fix 1: default argument captures the current value.
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

# Fix 2: a factory function.
def make(i):
    return lambda: i * 10

print([make(i)() for i in range(3)])

# The same with def inside a loop.
callbacks = {}
for name in ["a", "b", "c"]:
    def cb():
        return name.upper()
    callbacks[name] = cb
print({k: v() for k, v in callbacks.items()})

# Comprehension variables are local to the comprehension.
squares = [lambda: n * n for n in range(4)]
print([s() for s in squares])
