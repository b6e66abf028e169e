# random after random.seed(444): every call is reproducible.
import random

random.seed(444)
print([random.randint(1, 10) for _ in range(10)])
print(random.random())
print(random.random())
print(random.uniform(1, 5))
print(random.uniform(-1.5, 1.5))
print(random.choice(["rock", "paper", "scissors"]))
print(random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.randint(0, 2 ** 40))
print(round(random.random(), 4))
