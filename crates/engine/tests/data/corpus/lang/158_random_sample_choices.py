# sample() without replacement, choices() with replacement and weights.
import random

random.seed(444)
population = ["ann", "bob", "cy", "dan", "eve", "fay", "gus"]
print(random.sample(population, 3))
print(random.sample(range(100), 5))
print(random.choices(population, k=5))
print(random.choices(["heads", "tails"], weights=[9, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(random.sample(population, len(population)))
print(random.choices([1, 2, 3]))
try:
    random.sample(population, 10)
except ValueError as e:
    print("ValueError:", e)
