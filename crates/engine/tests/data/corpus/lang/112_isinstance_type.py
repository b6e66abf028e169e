# isinstance(), type() and type names.
values = [1, 2.0, "s", True, None, [1], (1,), {1: 1}, {1}, range(1), len]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))
print(isinstance(1.5, (int, float)), isinstance("x", (list, tuple)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict))
print(type(1) == int, type(True) == int, type(True) is bool)
print(type("") is str, type(3) in (int, float))

class Base:
    pass

class Child(Base):
    pass

c = Child()
print(isinstance(c, Base), isinstance(c, Child), type(c) is Base)
print(type(c).__name__, type(Child).__name__, type(Base()).__name__)
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError))
print(type(print).__name__, type(lambda: 0).__name__, type(Base).__name__)
print(type(int).__name__, type(type(1)).__name__)
