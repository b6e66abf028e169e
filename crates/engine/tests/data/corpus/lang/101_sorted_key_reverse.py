# sorted() with key= and reverse=.
nums = [5, -2, 9, 0, -7, 3]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: -n))
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
people = [{"name": "ann", "age": 30}, {"name": "bob", "age": 25}]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print(sorted("Python"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([]), sorted([1]))
scores = {"ann": 90, "bob": 72, "cy": 90}
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
