# Decorators keep the wrapped function's name and docstring with wraps.
from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper
def bare(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
@bare
def sub(a, b):
    """Subtract."""
    return a - b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(sub.__name__, sub.__doc__)
def repeat(times):
    def deco(func):
        @wraps(func)
        def inner(*args):
            return [func(*args) for _ in range(times)]
        return inner
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("ann"), greet.__name__)
