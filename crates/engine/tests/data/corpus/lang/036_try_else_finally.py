# try / except / else / finally: which parts run.
def attempt(x):
    print(f"attempt({x!r})")
    try:
        value = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "error"
    except TypeError as e:
        print("  except TypeError:", e)
        return "type error"
    else:
        print("  else")
        return value
    finally:
        print("  finally")

print(attempt(4))
print(attempt(0))
print(attempt("s"))

# try/finally without except: the exception continues after finally.
def cleanup():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))

cleanup()

# try/except/finally in a loop.
for n in [1, 0]:
    try:
        print("result", 1 / n)
    except ZeroDivisionError as e:
        print("error:", e)
    finally:
        print("done with", n)
