# product, permutations, combinations and friends.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [0, 1])))
print(list(product([0, 1], repeat=3))[:5], len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations([1, 2, 3], 2))[:4])
print(list(combinations("abcd", 2)), list(combinations(range(5), 4)))
print(list(combinations_with_replacement("xy", 3)))
coins = [1, 2, 5]
ways = [c for r in range(1, 4) for c in combinations_with_replacement(coins, r) if sum(c) == 6]
print(ways)
print(sum(1 for _ in permutations(range(6))), list(combinations([], 0)), list(product()))
