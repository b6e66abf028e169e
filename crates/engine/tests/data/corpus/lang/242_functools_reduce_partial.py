# functools.reduce and functools.partial.
from functools import reduce, partial
import operator
print(reduce(operator.mul, range(1, 6)), reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, ["a", "b", "c"], ">"))
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print([square(n) for n in range(5)], cube(3), square.func.__name__, square.keywords)
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), partial(partial(max, 1), 2)(0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
