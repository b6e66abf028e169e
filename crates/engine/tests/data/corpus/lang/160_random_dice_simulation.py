# A tutorial-style simulation with a fixed seed.
import random

random.seed(444)
counts = {n: 0 for n in range(2, 13)}
for _ in range(1000):
    roll = random.randint(1, 6) + random.randint(1, 6)
    counts[roll] += 1
for total, n in counts.items():
    print(f"{total:>2}: {'#' * (n // 10)} {n}")
print("most common:", max(counts, key=counts.get))

random.seed(1)
walk = 0
path = []
for _ in range(15):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
