# str.format called on templates in a loop; format() builtin.
template = "{name:<6}|{score:>5.1f}|{rank:^4}"
rows = [("ann", 91.25, 1), ("bob", 78.5, 2), ("cy", 100, 3)]
for name, score, rank in rows:
    print(template.format(name=name, score=score, rank=rank))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(0.5, "%"))
print(format(1234567, ","), format(True), format(None), format([1, 2]))
print("{0}{1}{0}".format("ab", "cd"), "{:*^9}".format("mid"))
print("{:d}".format(7), "{:s}".format("s"))
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:.2f}".format("x")
except ValueError as e:
    print("ValueError:", e)
