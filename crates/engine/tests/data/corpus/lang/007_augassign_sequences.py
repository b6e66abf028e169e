# += on lists mutates in place (aliases see it); on str/tuple it rebinds.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)

a = a + [4]
print(a, b, a is b)

s = "ab"
t = s
s += "c"
print(s, t)

tup = (1,)
other = tup
tup += (2,)
print(tup, other)

# list += accepts any iterable; list + requires a list.
nums = [1]
nums += range(2, 4)
nums += "xy"
print(nums)

words = ["a"]
words *= 3
print(words)

counts = {"a": 1}
counts["a"] += 10
counts["b"] = counts.get("b", 0) + 1
print(counts)

class Acc:
    total = 0

acc = Acc()
acc.total += 5
acc.total += 6
print(acc.total, Acc.total)
