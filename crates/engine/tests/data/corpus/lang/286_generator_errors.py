# CPython's messages for misused generators.
def gen():
    yield 1

def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

try:
    gen()[0]
except TypeError as e:
    print("TypeError:", e)

try:
    len(gen())
except TypeError as e:
    print("TypeError:", e)

try:
    gen().send(1)
except TypeError as e:
    print("TypeError:", e)

try:
    gen().throw(42)
except TypeError as e:
    print("TypeError:", e)

def delegate():
    yield from 5

try:
    next(delegate())
except TypeError as e:
    print("TypeError:", e)

print(gen().__name__, type(gen()).__name__)
def uncaught():
    yield 1
    raise ValueError("from inside the generator")

for x in uncaught():
    print(x)
