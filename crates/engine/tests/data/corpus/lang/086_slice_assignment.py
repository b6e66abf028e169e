# Assigning to and deleting slices of lists.
nums = [0, 1, 2, 3, 4, 5]
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[:2] = []
print(nums)
nums[len(nums):] = [7, 8]
print(nums)
nums[0:0] = ["start"]
print(nums)
nums[::2] = ["X"] * len(nums[::2])
print(nums)
nums[:] = "xyz"
print(nums)
letters = list("abcdef")
del letters[::2]
print(letters)
letters[1:2] = range(3)
print(letters)
try:
    letters[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
alias = letters
letters[:] = []
print(alias, alias is letters)
r = [1, 2, 3]
r[-1:] = [30, 40]
print(r)
