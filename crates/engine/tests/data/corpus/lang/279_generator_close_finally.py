# close() throws GeneratorExit in: finally blocks run.
def resource(name):
    print(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print(f"close {name}")

g = resource("A")
print(next(g))
g.close()
print("after close")
g.close()
print(next(g, "closed generator is exhausted"))

for line in resource("B"):
    print(line)

for line in resource("C"):
    print(line)
    if line.endswith("0"):
        break
print("after break")

g = resource("D")
print(next(g))
del g
print("after del")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def polite():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up politely")
        raise

p = polite()
next(p)
p.close()
print("unstarted close:", resource("E").close())
