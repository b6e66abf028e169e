# Recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)

print(factorial(10))
print(factorial(30))
print([fib(i) for i in range(15)])

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)

def depth(tree):
    if not isinstance(tree, list) or not tree:
        return 0
    return 1 + max(depth(child) for child in tree)

print(depth([1, [2, [3, []]], [4]]))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(power_set([1, 2, 3]))
