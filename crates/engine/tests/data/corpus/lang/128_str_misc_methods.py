# A few more str operations: in, len, multiplication, comparisons, iteration.
s = "Mississippi"
print(len(s), s.count("s"), s.lower().count("m"))
print("ss" in s, "SS" in s, s.index("p"))
for ch in "abc":
    print(ch * 3, end=" ")
print()
vowels = sum(1 for ch in s.lower() if ch in "aeiou")
print("vowels:", vowels)
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(s.upper().replace("I", "1").lower())
print(s[0] + s[1:].lower(), s.startswith("Miss"))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted(set(words))[:3])
print(" ".join(w[::-1] for w in words))
print(str(len(words)).rjust(3, "0"))
