# Independent random generators with random.Random.
import random
game = random.Random(2024)
other = random.Random(2024)
print([game.randint(1, 6) for _ in range(5)] == [other.randint(1, 6) for _ in range(5)])
print(game.random(), game.choice(["rock", "paper", "scissors"]), game.sample(range(50), 4))
deck = list(range(10))
game.shuffle(deck)
print(deck, game.uniform(1, 2), game.randrange(0, 100, 10))
random.seed(7)
a = random.random()
print(a == random.Random(7).random())
class Dice(random.Random):
    def roll(self, n=2):
        return [self.randint(1, 6) for _ in range(n)]
d = Dice(42)
print(d.roll(), d.roll(3), isinstance(d, random.Random))
