# What exception objects carry: args, str and repr, notes, OSError fields.
errors = [ValueError("bad value"), KeyError("missing"), KeyError(), ValueError("a", 2), OSError(2, "No such file"), StopIteration(42), SystemExit(3)]
for e in errors:
    print(type(e).__name__, e.args, repr(e), "|" + str(e) + "|")
print(OSError(2, "x").errno, OSError(2, "x").strerror, StopIteration(42).value, SystemExit(3).code)
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(KeyError, LookupError))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while computing the ratio")
        raise
except ZeroDivisionError as e:
    print(e, e.__notes__)
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
err = AppError(404, "not found")
print(err, err.code, err.args, repr(err))
