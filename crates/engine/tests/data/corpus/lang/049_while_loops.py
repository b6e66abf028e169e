# Common while-loop patterns.
balance = 1000
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))

queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    print("processing", item)
    if item == 2:
        queue.append(99)

n, digits = 987654, []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)

a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

count = 0
while True:
    count += 1
    if count ** 2 > 50:
        break
print(count)
