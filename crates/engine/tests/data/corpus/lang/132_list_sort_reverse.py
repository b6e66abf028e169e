# list.sort and list.reverse work in place and return None.
nums = [5, 2, 8, 1]
result = nums.sort()
print(result, nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["pear", "Fig", "apple", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted(words) == words, words[::-1])
records = [(2, "b"), (1, "a"), (2, "a")]
records.sort()
print(records)
empty = []
empty.sort()
empty.reverse()
print(empty)
mixed = [3, 1.5, True]
mixed.sort()
print(mixed)
