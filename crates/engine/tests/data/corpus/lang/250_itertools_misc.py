# zip_longest, pairwise, tee, compress, takewhile, dropwhile, starmap, filterfalse.
from itertools import zip_longest, pairwise, tee, compress, takewhile, dropwhile, starmap, filterfalse
print(list(zip_longest("abcd", [1, 2], fillvalue=0)), list(zip_longest([1], [2, 3])))
temps = [20, 22, 19, 25]
print([b - a for a, b in pairwise(temps)], list(pairwise("x")))
first, second = tee(iter([1, 2, 3]))
print(list(first), list(second))
print(list(compress("abcdef", [1, 0, 1, 0, 0, 1])))
print(list(takewhile(lambda n: n < 5, [1, 3, 6, 2])), list(dropwhile(lambda n: n < 5, [1, 3, 6, 2])))
print(list(starmap(divmod, [(7, 2), (9, 4)])), list(filterfalse(str.isdigit, "a1b2c3")))
