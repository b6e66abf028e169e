# zip() stops at the shortest input.
names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, "XYZ")))
print(list(zip()), list(zip([])), list(zip("ab")))
for name, age in zip(names, ages):
    print(f"{name} is {age}")
print(dict(zip(names, range(3))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print(list(zip(range(3), range(10, 100))))
z = zip("ab", "cd")
print(next(z), list(z))
