# Sorting is stable: equal keys keep their order.
students = [("dave", "B", 10), ("anna", "A", 12), ("carl", "B", 11), ("beth", "A", 10), ("eve", "C", 12)]
by_grade = sorted(students, key=lambda s: s[1])
print(by_grade)
by_age_then_grade = sorted(sorted(students, key=lambda s: s[1]), key=lambda s: s[2])
print(by_age_then_grade)
print(sorted(students, key=lambda s: (s[1], -s[2])))
print(sorted(students, key=lambda s: s[2], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
words.sort(key=lambda w: (len(w), w.lower()))
print(words)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
