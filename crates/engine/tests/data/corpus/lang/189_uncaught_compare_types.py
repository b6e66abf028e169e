# Sorting a list that mixes numbers and strings.
scores = [10, 3, 7]
print(sorted(scores))
scores.append("n/a")
print(sorted(scores))
