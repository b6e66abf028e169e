# Functions defined inside functions.
def outer(x):
    def double(y):
        return y * 2

    def inc(y):
        return y + 1

    return inc(double(x))

print(outer(5))

def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}

ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3))
print(ops["add"].__name__)

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

square_then_neg = compose(lambda v: -v, lambda v: v * v)
print(square_then_neg(4))

# Recursion through an inner function.
def flatten(nested):
    out = []
    def walk(item):
        if isinstance(item, list):
            for sub in item:
                walk(sub)
        else:
            out.append(item)
    walk(nested)
    return out

print(flatten([1, [2, [3, [4]], 5]]))
