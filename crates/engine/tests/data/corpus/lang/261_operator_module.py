# operator: functions for the operators, itemgetter and attrgetter.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(4))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.not_([]))
rows = [("ann", 31, "eng"), ("bob", 27, "ops"), ("cid", 31, "eng")]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(2), rows)))
class Player:
    def __init__(self, name, score):
        self.name, self.score = name, score
    def __repr__(self):
        return self.name
players = [Player("x", 5), Player("y", 9), Player("z", 1)]
print(sorted(players, key=attrgetter("score")), max(players, key=attrgetter("score")))
print(list(map(methodcaller("replace", "a", "A"), ["banana", "apple"])), itemgetter(0), attrgetter("name"))
