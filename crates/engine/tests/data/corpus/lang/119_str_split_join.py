# split, rsplit, join.
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  many   spaces here ".split())
print("  many   spaces here ".split(" "))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("".split(), "".split(","), "abc".split("b"))
print("line1\nline2\n".split("\n"))
print("k=v=w".split("=", maxsplit=1), "a-b-c".rsplit("-", 5))
words = ["join", "these", "words"]
print(" ".join(words), "-".join(words), "".join(words))
print(", ".join(str(n) for n in range(4)))
print("x".join("abc"), "".join([]))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.split("\n")]
print(rows)
