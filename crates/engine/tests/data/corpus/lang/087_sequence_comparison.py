# Lexicographic comparison of sequences and strings.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 9, 9])
print((1, "b") < (1, "c"), ("a", 2) < ("b", 1))
print("apple" < "banana", "Apple" < "apple", "10" < "9", "abc" < "abcd")
print(max(["10", "9", "100"]), max([10, 9, 100]))
print(sorted(["b10", "b9", "a1", "B2"]))
print(sorted([(2, "a"), (1, "z"), (1, "b")]))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print((1, 2) == [1, 2], (1,) == (1.0,))
print(min("hello"), max("hello"), sorted("hello"))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, 2) < [1, 2])
except TypeError as e:
    print("TypeError:", e)
