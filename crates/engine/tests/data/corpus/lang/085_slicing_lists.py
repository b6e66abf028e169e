# Slicing lists: copies, steps, out-of-range bounds.
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7])
print(nums[::3], nums[1::3], nums[::-1], nums[::-3])
print(nums[8:2:-2], nums[-1:-4:-1], nums[5:5], nums[20:30])
print(nums[-100:2], nums[3:-100])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0], copy is nums)
s = slice(1, 8, 2)
print(nums[s], s.start, s.stop, s.step)
words = ["a", "b", "c", "d"]
print(words[1:3], words[:-1], words[::-1][1:])
print(nums[len(nums) // 2:])
pairs = list(zip(nums[::2], nums[1::2]))
print(pairs)
print((1, 2, 3)[::-1], "abc"[1:], range(10)[2:8:2])
