# A failing assert without a message: the last line is just AssertionError.
values = [1, 2, 3]
assert len(values) == 3
print("first check ok")
assert sum(values) == 7
print("never printed")
