# AttributeError messages.
class Point:
    def __init__(self):
        self.x = 1

tests = [
    lambda: (5).x,
    lambda: "text".push,
    lambda: [].add,
    lambda: None.value,
    lambda: {}.append,
    lambda: Point().y,
    lambda: Point.missing,
    lambda: (1.5).real_part,
    lambda: True.items,
]
for fn in tests:
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)
p = Point()
try:
    del p.y
except AttributeError as e:
    print("del:", e)
n = 5
try:
    n.label = "five"
except AttributeError as e:
    print("set on int:", e)
