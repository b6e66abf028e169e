# with statement and a custom context manager.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return False

with Tag("html") as page:
    with Tag("body"):
        print("content of", page.name)

with Tag("a") as a, Tag("b") as b:
    print("two managers:", a.name, b.name)

try:
    with Tag("div"):
        print("about to fail")
        raise ValueError("inside with")
except ValueError as e:
    print("caught after exit:", e)

def use():
    with Tag("p"):
        return "returned from inside with"

print(use())

class Timer:
    def __enter__(self):
        return "the value bound by as"
    def __exit__(self, *args):
        print("exit args:", args)

with Timer() as value:
    print(value)
