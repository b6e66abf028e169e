# Creating a namedtuple without all its fields ends the program.
from collections import namedtuple
Card = namedtuple("Card", "rank suit")
print(Card("A", "spades"))
hand = [Card("10", "hearts"), Card("K")]
