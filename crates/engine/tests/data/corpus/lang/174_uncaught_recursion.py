# Infinite recursion ends with RecursionError.
def countdown(n):
    print(n) if n % 250 == 0 else None
    return countdown(n - 1)   # no base case

countdown(1000)
