# ValueError messages from common operations.
tests = [
    lambda: int("abc"),
    lambda: int("12.0"),
    lambda: int("", 16),
    lambda: float("x1"),
    lambda: [1, 2].index(3),
    lambda: [1].remove(2),
    lambda: "abc".index("z"),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: range(0, 10, 0),
    lambda: "a,b".split(""),
    lambda: chr(-5),
]
for fn in tests:
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
for target in [(1, 2, 3), (1,), ()]:
    try:
        a, b = target
    except ValueError as e:
        print("unpack:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("star unpack:", e)
try:
    raise ValueError("custom message")
except ValueError as e:
    print("raised:", e)
