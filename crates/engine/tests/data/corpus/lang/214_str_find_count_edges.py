# find / index / count / startswith with start and end positions.
s = "banana"
print(s.find("an"), s.find("an", 2), s.rfind("an"), s.find("x"), s.find(""), s.find("", 6), s.find("", 7))
print(s.count("a"), s.count("an"), s.count("a", 2), s.count(""), s.count("", 3), s.count("ana"))
print(s.startswith("ban"), s.startswith("an", 1), s.startswith(("x", "b")), s.endswith("na", 0, 4), s.endswith(""))
print(s.index("n"), s.rindex("n"), s.find("a", -2), s.rfind("a", 0, -1))
for sub in ["nan", "xyz"]:
    try:
        print(sub, "at", s.index(sub))
    except ValueError as e:
        print(sub, "->", e)
try:
    s.startswith(["b"])
except TypeError as e:
    print("TypeError:", e)
