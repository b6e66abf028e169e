# return inside finally overrides the try's return and swallows errors.
def which():
    try:
        return "try"
    finally:
        return "finally"

print(which())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

def order():
    events = []
    try:
        events.append("try")
        return events
    finally:
        events.append("finally")

print(order())

def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)

print(value_at_return())

def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally", n)

print(count())
