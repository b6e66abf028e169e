# KeyError shows the repr of the missing key.
d = {"a": 1}
for key in ["missing", 42, 1.5, (1, 2), None, "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print(f"str: {e}   repr: {e!r}   args: {e.args}")
try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("x")
except KeyError as e:
    print("set.remove:", e)
try:
    raise KeyError("custom", "two")
except KeyError as e:
    print("two args:", e)
try:
    raise KeyError()
except KeyError as e:
    print("no args:", repr(str(e)))
