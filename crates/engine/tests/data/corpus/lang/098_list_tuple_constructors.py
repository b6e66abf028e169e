# list() and tuple() from iterables.
print(list(), tuple())
print(list("abc"), tuple("abc"))
print(list((1, 2)), tuple([1, 2]))
print(list(range(3)), tuple(range(3)))
print(list({"a": 1, "b": 2}), tuple({"a": 1}.items()))
print(list({3, 1, 2}), sorted(tuple({30, 10})))
print(list(x * 2 for x in range(3)), tuple(map(str, [1, 2])))
original = [1, [2]]
copy = list(original)
copy.append(3)
copy[1].append(99)
print(original, copy)
print(list(enumerate("xy")), list(zip("ab", [1, 2])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
