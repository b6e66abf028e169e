# A generator function: calling it runs nothing until the first next().
def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("countdown ends")

g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created")
print(next(g))
print(next(g))
for x in g:
    print("for got", x)
print(list(countdown(4)))
print(sum(countdown(10)), max(countdown(5)), sorted(countdown(3)))
print(2 in countdown(3), 7 in countdown(3))
a, b, c = countdown(3)
print(a, b, c)
first, *rest = countdown(4)
print(first, rest)
print(dict(enumerate(countdown(2))))
print([x * x for x in countdown(3)])
print(" ".join(str(x) for x in countdown(3)))


def squares():
    yield 1
    yield 4
    yield 9

print(tuple(squares()), set(squares()) == {1, 4, 9})
print(list(zip(squares(), countdown(3))))
print(list(map(str, squares())))
