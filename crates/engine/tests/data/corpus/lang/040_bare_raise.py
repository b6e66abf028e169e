# Bare raise re-raises the exception being handled.
def process(item):
    try:
        return 100 // item
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise

try:
    process(0)
except ZeroDivisionError as e:
    print("caller got:", e)

def retry(times):
    attempt = 0
    while True:
        attempt += 1
        try:
            if attempt < times:
                raise ConnectionError(f"attempt {attempt} failed")
            return f"ok after {attempt}"
        except ConnectionError as e:
            print(e)
            if attempt >= 5:
                raise

print(retry(3))
try:
    retry(9)
except ConnectionError as e:
    print("gave up:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
