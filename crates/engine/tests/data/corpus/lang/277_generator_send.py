# yield as an expression: send() resumes the generator with a value.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("nothing sent")
            continue
        total += value
        print(f"added {value}, total {total}")

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(next(acc))
print(acc.send(-3))


def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("c")
except StopIteration as stop:
    print("returned", stop.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as err:
    print("TypeError:", err)
