# Exceptions raised inside generators, and throw().
def risky(items):
    for x in items:
        yield 10 // x

try:
    for v in risky([5, 2, 0, 1]):
        print(v)
except ZeroDivisionError as e:
    print("caught:", e)

def guarded():
    while True:
        try:
            value = yield
            print("processing", value)
        except ValueError as e:
            print("generator handled", e)
            yield "recovered"

g = guarded()
next(g)
g.send(1)
print(g.throw(ValueError("bad value")))
next(g)
g.send(2)
try:
    g.throw(KeyError("missing"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "finished"))

def counter():
    yield 1
    yield 2

c = counter()
try:
    c.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown before start:", e)
print(list(c))

def delegator():
    result = yield from guarded()
    yield result

d = delegator()
next(d)
print(d.throw(ValueError("through yield from")))

def throw_type():
    try:
        yield 1
    except TypeError as e:
        print("got TypeError", e.args)
        yield 2

t = throw_type()
next(t)
print(t.throw(TypeError))
