# return inside a generator: StopIteration carries the value.
def parse(items):
    count = 0
    for it in items:
        if it == "stop":
            return f"stopped after {count}"
        count += 1
        yield it.upper()
    return "all done"

g = parse(["a", "b", "stop", "c"])
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "| args:", e.args)

g = parse(["x"])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def nothing():
    return
    yield

try:
    next(nothing())
except StopIteration as e:
    print("bare return:", e.value, e.args, repr(e))

print(list(parse(["p", "q", "stop", "r"])))
print(next(nothing(), "default"))
g = parse([])
print(next(g, "exhausted"), next(g, "still exhausted"))
