# Which except clause matches: order, tuples, base classes.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "value":
        return int("x")
    if kind == "type":
        return "a" + 1
    return "fine"

for kind in ["zero", "key", "index", "value", "type", "ok"]:
    try:
        result = risky(kind)
    except ZeroDivisionError:
        print(kind, "-> ZeroDivisionError clause")
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup clause:", type(e).__name__)
    except ArithmeticError:
        print("never reached")
    except Exception as e:
        print(kind, "-> generic clause:", type(e).__name__, e)
    else:
        print(kind, "-> no error:", result)

try:
    [1, 2][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
