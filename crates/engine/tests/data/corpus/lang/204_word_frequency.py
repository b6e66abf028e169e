# Word frequency: split, normalise, count, sort by count then word.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness."""
counts = {}
for raw in text.split():
    word = raw.strip(".,").lower()
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:6]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print(len(counts), "distinct words,", sum(counts.values()), "in total")
longest = max(counts, key=len)
print("longest:", longest, len(longest))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:5]))
