# TypeError messages for wrong argument counts and bad calls.
def two(a, b):
    return a + b

def one_default(a, b=1):
    return a + b

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"

def outer():
    def inner(x):
        return x
    return inner

ident = lambda x: x
number, text, nothing = 5, "str", None

tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=1),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: Greeter(),
    lambda: Greeter("a", "b"),
    lambda: Greeter("a").greet(),
    lambda: Greeter("a").greet(1, 2),
    lambda: ident(),
    lambda: outer()(),
    lambda: outer()(1, 2),
    lambda: number(),
    lambda: text(),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: int("1", 2, 3),
]
for fn in tests:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
