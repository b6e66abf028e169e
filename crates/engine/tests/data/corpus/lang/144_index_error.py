# IndexError messages for each sequence type.
tests = [
    ("list", lambda: [1, 2, 3][3]),
    ("list negative", lambda: [1][-2]),
    ("empty list", lambda: [][0]),
    ("tuple", lambda: (1, 2)[5]),
    ("str", lambda: "abc"[10]),
    ("range", lambda: range(3)[3]),
    ("pop", lambda: [].pop()),
    ("pop index", lambda: [1, 2].pop(7)),
]
for label, fn in tests:
    try:
        fn()
    except IndexError as e:
        print(f"{label}: IndexError: {e}")
print([1, 2, 3][1:99], "slices never raise"[100:])
lst = [1, 2]
try:
    lst[2] = 3
except IndexError as e:
    print("assignment:", e)
try:
    del lst[5]
except IndexError as e:
    print("del:", e)
