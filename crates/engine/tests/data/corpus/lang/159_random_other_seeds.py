# Different integer seeds give different, reproducible streams.
import random

for seed in [0, 1, 42, 2024, 123456789, 2 ** 40 + 7]:
    random.seed(seed)
    print(seed, [random.randint(1, 6) for _ in range(8)], round(random.random(), 6))

random.seed(-42)
a = random.random()
random.seed(42)
b = random.random()
print("negative seed equals positive:", a == b)

random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
second = [random.random() for _ in range(3)]
print(first == second, first)
