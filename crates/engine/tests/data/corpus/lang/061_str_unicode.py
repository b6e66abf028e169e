# Unicode strings: len counts code points.
s = "naïve café"
print(s, len(s), s.upper(), s.title())
print(s[2], s[-1], s[::-1])
greek = "αβγ"
print(greek, len(greek), greek.upper(), [ord(c) for c in greek])
emoji = "snake: 🐍"
print(emoji, len(emoji), emoji[-1])
print("ß".upper(), "ÀÉÎ".lower(), "straße".title())
print("日本語".center(9, "*"), len("日本語"))
print(chr(955), ord("λ"), chr(0x1F600) == "😀")
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print(sorted(["b", "a", "é", "z", "A"]))
print("→".join(["a", "b"]), "x".join("日本"))
print("é".isalpha(), "ö1".isalpha(), "ö1".isalnum())
