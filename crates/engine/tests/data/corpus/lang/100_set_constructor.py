# set() from iterables; sets of ints and sorted views of strings.
print(set(), set([3, 1, 3]), set(range(5)))
print(sorted(set("mississippi")))
print(set((1, 2, 2, 3)) == {1, 2, 3})
print(set({"a": 1, "b": 2}) == {"a", "b"})
letters = set("hello")
print(len(letters), "l" in letters, sorted(letters))
print(set([1, 1.0, True]), set([0, False]))
unique = sorted(set([5, 3, 5, 1, 3]))
print(unique)
try:
    set([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({(1, 2), (1, 2)}, {(1, 2)} == {(1, 2)})
