# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception")
            return False
        if issubclass(exc_type, self.kinds):
            print(f"  exit: suppressing {exc_type.__name__}: {exc}")
            return True
        print(f"  exit: letting {exc_type.__name__} through")
        return False

with Suppress(KeyError):
    print("no error here")

with Suppress(KeyError, IndexError):
    {}["missing"]
    print("never printed")
print("continues after suppressed KeyError")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("outer caught:", e)

for i in range(3):
    with Suppress(ZeroDivisionError):
        print(i, 10 / (i - 1))
