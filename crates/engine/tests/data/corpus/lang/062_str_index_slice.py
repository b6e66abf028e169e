# Indexing and slicing strings.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5])
print(s[0:5], s[7:], s[:5], s[:])
print(s[-5:], s[:-7], s[3:-3])
print(s[::2], s[1::2])
print(s[100:], repr(s[5:2]), s[-100:3])
print(s[::-1])
print(s[::-2], s[-1:-6:-1], s[7:2:-1])
print(s[4::-1], s[:4:-1])
text = "abcdefghij"
print(text[2:8:3], text[8:2:-3], text[-3::-3])
print(text[slice(1, 4)], text[slice(None, None, -4)])
for i in range(0, len(text), 4):
    print(text[i:i + 4])
print("x"[0], "".join(reversed("stressed")))
print("racecar" == "racecar"[::-1], "palindrome"[::-1])
