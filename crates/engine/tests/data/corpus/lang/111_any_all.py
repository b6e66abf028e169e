# any() and all(), including empty iterables and short-circuiting.
print(any([]), all([]))
print(any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))

def check(n):
    print("checking", n)
    return n > 2

print(any(check(n) for n in [1, 3, 5]))
print(all(check(n) for n in [3, 1, 5]))
words = ["apple", "avocado"]
print(all(w.startswith("a") for w in words))
print(any("x" in w for w in words))
print(any({}), all({0: 1}), any("abc"), all(""))
