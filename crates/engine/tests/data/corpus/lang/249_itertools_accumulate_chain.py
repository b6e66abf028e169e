# Running totals with accumulate and flattening with chain.
from itertools import accumulate, chain
import operator
sales = [5, 3, 8, 2, 7]
print(list(accumulate(sales)), list(accumulate(sales, max)), list(accumulate(sales, operator.mul)))
print(list(accumulate(sales, initial=100)), list(accumulate([])))
balance = list(accumulate([100, -20, -50, 30], lambda total, change: max(0, total + change)))
print(balance)
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1, 2], [3], []])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(sum(chain.from_iterable(matrix)), sorted(chain(*matrix), reverse=True))
