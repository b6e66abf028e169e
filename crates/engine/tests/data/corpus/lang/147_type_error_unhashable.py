# Unhashable types cannot be dict keys or set members.
for bad in ([1], {"a": 1}, {1}):
    try:
        {bad: "value"}
    except TypeError as e:
        print("dict key:", e)
    try:
        s = set()
        s.add(bad)
    except TypeError as e:
        print("set member:", e)
try:
    {}[[1, 2]]
except TypeError as e:
    print("lookup:", e)
try:
    [1] in {1, 2}
except TypeError as e:
    print("in:", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("tuple containing list:", e)
print({(1, 2): "tuples are fine", "str": 1, 3.5: 2, None: 3, True: 4})
