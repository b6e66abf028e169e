# The different ZeroDivisionError messages.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("5.5 % 0", lambda: 5.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{text:<15} -> ZeroDivisionError: {e}")
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        return 0.0
print(average([1, 2]), average([]))
