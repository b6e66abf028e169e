# Lists: displays, concatenation, repetition, nesting, comparison.
empty = []
nums = [3, 1, 2]
mixed = [1, "two", 3.0, None, True, [5]]
print(empty, nums, mixed)
print(nums + [4], nums * 2, [0] * 5)
print(len(mixed), mixed[1], mixed[-1][0])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(3 in nums, 9 not in nums)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
trailing = [1, 2, 3,]
print(trailing, list("abc"), list(range(3)))
nested = [[1, [2, 3]], [4]]
print(nested[0][1][1], nested)
print(["it's", 'say "x"', "a\nb"])
