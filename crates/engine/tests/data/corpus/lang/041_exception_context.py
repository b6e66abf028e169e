# Exception attributes: args, __context__, and handling inside handlers.
try:
    try:
        {}["a"]
    except KeyError as first:
        print("handling", repr(first))
        [].pop()
except IndexError as second:
    print("second:", second)
    print("context:", repr(second.__context__))
    print("cause:", second.__cause__)

err = ValueError("bad", 42)
print(err.args, err.args[1])
print(str(ValueError()), "|", str(ValueError("x")), "|", str(ValueError("x", "y")))

# The 'as' name is deleted at the end of the except block.
try:
    raise TypeError("t")
except TypeError as exc:
    saved = exc
try:
    exc
except NameError as e:
    print("NameError:", e)
print("saved:", saved)

def handler():
    try:
        raise OSError("disk")
    except OSError as e:
        return e

print(repr(handler()))
