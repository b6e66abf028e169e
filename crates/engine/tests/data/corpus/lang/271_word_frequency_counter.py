# Word frequencies of a text with Counter, str methods and sorting.
from collections import Counter
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness."""
words = [w.strip(".,").lower() for w in text.split()]
freq = Counter(words)
print(len(words), len(freq))
for word, n in freq.most_common(4):
    print(f"{word:<6} {'#' * n} {n}")
longest = max(freq, key=lambda w: (len(w), w))
print(longest, sorted(w for w in freq if freq[w] == 1))
print(Counter(len(w) for w in words).most_common(3))
