# repr() of built-in values.
values = [1, -2.5, 1e-9, "text", 'quote\'s', "dq\"", "tab\t", None, True,
          [1, "a"], (1,), (), {"k": [1]}, {3}, set(), range(2, 5), 10 ** 20]
for v in values:
    print(repr(v))
print(repr(repr("x")))
print(str("x") == "x", repr("x") == "'x'")
print(repr(float("inf")), repr(-0.0), repr(1.0), repr(123456789.123456789))
nested = [[]]
print(repr(nested), repr({"a": (1, [2, {"b": None}])}))
