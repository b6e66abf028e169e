# while loops, and the else clause that runs when no break happened.
n = 5
while n > 0:
    print("n =", n)
    n -= 2
else:
    print("loop ended normally, n =", n)

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")

find([4, 8, 15], 8)
find([4, 8, 15], 16)

# A while whose condition is false at once still runs the else.
while False:
    print("never")
else:
    print("else of an empty while")

# Collatz steps
x, steps = 27, 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz(27) steps:", steps)
