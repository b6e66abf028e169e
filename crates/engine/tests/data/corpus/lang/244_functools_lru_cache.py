# Memoization with lru_cache and cache.
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [2, 3, 2, 4, 3, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print([ways(i) for i in range(10)], ways.cache_info().currsize)
try:
    slow_square([1])
except TypeError as e:
    print("TypeError:", e)
