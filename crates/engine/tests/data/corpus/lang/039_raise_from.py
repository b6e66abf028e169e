# raise ... from ... sets __cause__; raise inside except sets __context__.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

try:
    parse_port("80a")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no such key")

try:
    lookup({}, "x")
except LookupError as e:
    print("error:", e)
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
