# An exception raised in finally replaces the original one.
def risky():
    try:
        print("doing work")
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")

risky()
