# break and continue in for and while loops.
for n in range(10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)

total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    total += i
    if i >= 10:
        break
print("total", total, "i", i)

# break only leaves the innermost loop.
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        print(outer, inner)

# continue inside try/finally still runs the finally.
for k in range(3):
    try:
        if k == 1:
            continue
        print("body", k)
    finally:
        print("finally", k)
