# Closures capture variables, not values.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))

def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def outer():
    msg = "before"
    def show():
        return msg
    msg = "after"
    return show

print(outer()())

def adders():
    return [lambda x, n=n: x + n for n in range(3)]

print([f(10) for f in adders()])
