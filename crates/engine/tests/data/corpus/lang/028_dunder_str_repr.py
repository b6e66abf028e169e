# __str__ versus __repr__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(p)
print(repr(p))
print(str(p))
print([p, Point("a", 2.5)])      # containers use repr
print(f"{p} {p!r}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

o = OnlyRepr()
print(o, str(o), [o])     # str falls back to repr

class OnlyStr:
    def __str__(self):
        return "just str"

print(OnlyStr())
print({"k": p})
