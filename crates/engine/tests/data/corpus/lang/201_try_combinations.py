# Errors raised inside except, else and finally blocks.
def run(label, fail_in):
    print(f"-- {label}")
    try:
        try:
            if fail_in == "try":
                raise ValueError("from try")
            print("  try ok")
        except ValueError as e:
            print("  except:", e)
            if fail_in == "try":
                raise KeyError("from except") from None
        else:
            print("  else")
            if fail_in == "else":
                raise IndexError("from else")
        finally:
            print("  finally")
    except (KeyError, IndexError) as outer:
        print("  outer caught", type(outer).__name__, outer)

run("no error", None)
run("error in try, new error in except", "try")
run("error in else", "else")

def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer handler:", e)
    else:
        print("outer else (not reached)")
    finally:
        print("outer finally")

nested()
