# A generator runs once: iterating it again gives nothing.
def letters():
    yield "a"
    yield "b"

g = letters()
print(list(g))
print(list(g))
for x in g:
    print("never", x)
print(next(g, "empty"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

squares = (x * x for x in range(3))
print(sum(squares), sum(squares))

g = letters()
print(next(g))
print(list(g))

it = iter(letters())
print(it is iter(it))
print(list(zip(letters(), letters())))

g = letters()
print(g.gi_running, next(g))
