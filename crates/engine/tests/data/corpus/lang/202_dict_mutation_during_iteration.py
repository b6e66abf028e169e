# Changing a dict's size while iterating over it raises RuntimeError.
prices = {"a": 1, "b": 0, "c": 3}
try:
    for key in prices:
        if prices[key] == 0:
            del prices[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(prices)

# The fix: iterate over a copy of the keys.
prices = {"a": 1, "b": 0, "c": 3}
for key in list(prices):
    if prices[key] == 0:
        del prices[key]
print(prices)

# Changing values (not the size) is fine.
for key in prices:
    prices[key] *= 10
print(prices)

# Same for sets.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)

# Lists do not raise, but skip elements: a classic bug.
nums = [1, 2, 2, 3]
for n in nums:
    if n == 2:
        nums.remove(n)
print(nums)
