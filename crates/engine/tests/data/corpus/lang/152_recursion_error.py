# RecursionError at the default limit of 1000 frames.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

depth = 0
def measure():
    global depth
    depth += 1
    measure()

try:
    measure()
except RecursionError:
    print("deepest call:", depth)

def countdown(n):
    if n == 0:
        return "bottom"
    return countdown(n - 1)

print(countdown(900))
print(issubclass(RecursionError, RuntimeError))
