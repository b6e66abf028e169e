# strip / lstrip / rstrip / replace.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "path///".rstrip("/"))
print("www.example.com".strip("cmowz."))
print("hello world".replace("o", "0"), "aaa".replace("a", "b", 2))
print("banana".replace("an", ""), "abc".replace("", "-"))
print("no change".replace("z", "y"), "Mississippi".replace("ss", "SS"))
text = "The cat sat on the mat"
print(text.replace("at", "og").replace("The", "A"))
print(repr("".strip()), repr("   ".strip()))
print("  x  ".strip() == "x", "--x--".strip("-"))
