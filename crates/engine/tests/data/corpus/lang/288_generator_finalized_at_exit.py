# Suspended generators still referenced at exit are closed as the
# interpreter frees the module globals: their finally blocks print last.
def g(name):
    try:
        yield 1
    finally:
        print("finally", name)
a = g("a"); next(a)
_b = g("_b"); next(_b)
c = g("c"); next(c)
d = c
lst = [g("in list")]
next(lst[0])
def done():
    yield 1
e = done(); next(e)
print("end")
raise ValueError("boom")
