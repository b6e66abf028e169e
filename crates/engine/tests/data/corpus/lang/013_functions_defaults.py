# Default values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(exp=0, base=9))

# Defaults may refer to earlier module names; evaluated at def time.
LIMIT = 10
def clamp(x, hi=LIMIT):
    return min(x, hi)

LIMIT = 99
print(clamp(50))

def describe(*, sep=", "):
    return sep.join(["a", "b"])

print(describe(), describe(sep="|"))

def no_return():
    x = 1

print(no_return())
