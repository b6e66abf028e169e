# nonlocal rebinds a variable of the enclosing function.
def accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)   # mutation needs no nonlocal
        return total

    def report():
        return f"total={total} history={history}"

    return add, report

add, report = accumulator()
add(5)
add(7)
print(report())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return x, result

print(outer())

def toggler():
    on = False
    def flip():
        nonlocal on
        on = not on
        return on
    return flip

flip = toggler()
print(flip(), flip(), flip())
