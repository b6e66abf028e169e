# f-string conversions !r !s !a and the = specifier.
s = "café"
n = 3.5
items = ["a", 1]
print(f"{s!r} {s!s}")
print(f"{items!r} {items!s}")
print(f"{n!r} {n!s} {'x'!r:>6}")
print(f"{s=}")
print(f"{n=} {items=}")
print(f"{n * 2=}")
print(f"{s = }")
print(f"{n=:.3f}")
print(f"{len(s)=}, {s.upper()=}")
print(f"{s=!s}")
x, y = 10, 20
print(f"{x + y = }")
print(f"{x=}, {y=}, {x < y=}")

class P:
    def __repr__(self):
        return "P<repr>"
    def __str__(self):
        return "P<str>"

p = P()
print(f"{p} {p!r} {p!s} {p=}")
