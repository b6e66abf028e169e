# yield from delegates iteration and returns the sub-generator's value.
def inner(tag):
    yield f"{tag}1"
    yield f"{tag}2"
    return f"{tag} finished"

def outer():
    r1 = yield from inner("a")
    print("inner said:", r1)
    r2 = yield from inner("b")
    print("inner said:", r2)
    yield from [10, 20]
    yield from range(2)
    yield from "hi"
    return "outer finished"

print(list(outer()))
g = outer()
try:
    while True:
        print("next:", next(g))
except StopIteration as e:
    print("stop:", e.value)

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

def relay():
    while True:
        got = yield
        print("relay got", got)

def wrapper():
    yield from relay()

w = wrapper()
next(w)
w.send("x")
w.send("y")
print(w.gi_yieldfrom is not None)

def empty():
    return "empty result"
    yield

def use_empty():
    r = yield from empty()
    yield r

print(list(use_empty()))
