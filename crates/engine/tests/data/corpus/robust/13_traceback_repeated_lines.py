def f(n):
    return f(n + 1)

def g(n):
    if n == 0:
        return f(0)
    return g(n - 1)

try:
    f(0)
except RecursionError as e:
    print('caught', e)
g(5)
