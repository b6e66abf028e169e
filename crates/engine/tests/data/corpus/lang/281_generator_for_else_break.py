# for/else over generators; an infinite generator with break.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square above 50:", n * n)
        break
else:
    print("never printed")

def evens(limit):
    for i in range(0, limit, 2):
        yield i

for e in evens(7):
    print("even", e)
else:
    print("loop finished without break")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)

g = naturals()
print([next(g) for _ in range(5)])
print(next(g), next(g))

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

print(list(take(7, fib())))
print(list(take(3, take(5, naturals()))))
