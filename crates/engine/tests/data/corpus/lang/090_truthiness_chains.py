# Truthiness in conditions: containers, numbers, custom objects.
checks = [0, 0.0, -0.0, 1, -1, "", " ", [], [[]], (), {}, {0: 0}, set(), None, range(0), range(1)]
for value in checks:
    print(f"{value!r:>10} -> {bool(value)}")

class Empty:
    def __len__(self):
        return 0

class Anything:
    pass

print(bool(Empty()), bool(Anything()))
items = []
if not items:
    print("no items")
name = "x"
while name:
    name = name[:-1]
    print("loop with", repr(name))
