# Case conversion, including the Unicode special cases.
words = ["hello world", "HELLO", "straße", "ǅungla", "ΣΑΣ ΟΔΟΣ", "they're bill's friends", "ﬁsh and chips", "l33t sp3ak"]
for w in words:
    print(repr(w), "->", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
print("Straße".casefold() == "STRASSE".casefold())
print("Straße".lower() == "STRASSE".lower())
names = ["alice", "BOB", "cHaRlIe"]
print([n.capitalize() for n in names])
print(" ".join(n.title() for n in "the quick brown fox".split()))
