# Slices: reading, assigning and deleting.
nums = list(range(10))
print(nums[::2], nums[::-1], nums[-3:], nums[2:8:3], nums[8:2:-2], nums[20:])
nums[2:5] = ["a", "b"]
print(nums)
nums[::3] = [None] * len(nums[::3])
print(nums)
del nums[1::2]
print(nums)
nums[1:1] = "xyz"
print(nums)
letters = list("abcdef")
letters[len(letters):] = ["g"]
print(letters)
try:
    letters[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    letters[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    letters[::0]
except ValueError as e:
    print("ValueError:", e)
