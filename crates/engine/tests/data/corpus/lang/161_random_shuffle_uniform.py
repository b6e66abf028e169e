# shuffle in place, uniform floats, randrange.
import random
from random import shuffle, uniform

random.seed(2023)
cards = [f"{rank}{suit}" for suit in "SH" for rank in "A23456"]
shuffle(cards)
print(cards)
hand, cards = cards[:5], cards[5:]
print(hand, len(cards))
temps = [round(uniform(15.0, 25.0), 2) for _ in range(5)]
print(temps)
print([random.randrange(10) for _ in range(6)])
print([random.randrange(0, 100, 5) for _ in range(6)])
print(random.uniform(10, 10), random.randint(3, 3))
letters = list("abc")
random.shuffle(letters)
print(letters)
