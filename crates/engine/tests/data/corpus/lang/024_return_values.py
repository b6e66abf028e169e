# Returning several values, early returns, implicit None.
def min_max(values):
    return min(values), max(values)

lo, hi = min_max([3, 9, 1, 4])
print(lo, hi)
print(min_max([5]))

def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None

print(first_negative([1, -2, -3]), first_negative([1, 2]))

def nothing():
    return

print(nothing())

def stats(values):
    n = len(values)
    mean = sum(values) / n
    return {"n": n, "mean": mean, "range": (min(values), max(values))}

print(stats([2, 4, 6, 8]))

def divide(a, b):
    if b == 0:
        return "undefined"
    return a / b

print(divide(1, 0), divide(1, 4))
