# list.index / count / copy.
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(nums.index(5), nums.index(5, 5), nums.index(5, 5, 9), nums.count(5), nums.count(7))
try:
    nums.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    ["a"].index("b")
except ValueError as e:
    print("ValueError:", e)
copy = nums.copy()
copy.append(0)
print(len(nums), len(copy), copy == nums, copy[:-1] == nums)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print([1, 2, 1].count(1), [[1], [1]].count([1]))
