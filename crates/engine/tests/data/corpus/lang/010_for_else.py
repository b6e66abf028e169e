# for/else: the else runs only when the loop was not broken.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

primes = [n for n in range(30) if is_prime(n)]
print(primes)

for n in [9, 11]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for item in []:
    print("never")
else:
    print("empty loop: else still runs")

# The loop variable keeps its last value after the loop.
for i in range(3):
    pass
print("i after loop:", i)
