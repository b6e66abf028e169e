# Generators inside with and try/finally, finished and abandoned.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

def managed_items(name):
    with Managed(name):
        yield 1
        yield 2

for x in managed_items("full"):
    print("item", x)

g = managed_items("abandoned")
print(next(g))
g.close()

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
        yield "outer"
    finally:
        print("outer finally")

n = nested()
print(next(n))
print(next(n))
n.close()
print("done")

def returns_in_finally():
    try:
        yield 1
    finally:
        print("finally before return")

print(list(returns_in_finally()))
