# bool() of many values.
values = [0, 1, -1, 0.0, 0.1, "", "0", "False", [], [False], (), {}, {"": ""}, None, range(0)]
print([bool(v) for v in values])
print(bool(), bool(bool), bool(print))
print(True + 0, str(False), repr(True), int(False))
print([bool(x) for x in "ab"], list(map(bool, [0, 2])))
print(sum(map(bool, [0, "", "x", [], [0]])))
print(bool(float("nan")), bool(-0.0))
