# * and ** unpacking in function calls.
def f(a, b, c=0, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"

args = [1, 2, 3, 4]
opts = {"x": 1, "y": 2}
print(f(*args))
print(f(*args, **opts))
print(f(*[1], *(2,), c=9))
print(f(**{"a": "A", "b": "B"}))
print(f(1, *"xy", **{"z": 0}, w=1))
print(max(*[3, 9, 2]), min(*"hello"))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*range(3), *[7, 8], sep=",")
print(*[])
def point(x, y):
    return (x, y)
coords = [(1, 2), (3, 4)]
print([point(*c) for c in coords])
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    point(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
