# str.format: positional, numbered, named, attribute and index fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Cy", age=7))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{d[key]}".format(d={"key": "dict value"}))

class P:
    x = 5

print("{p.x}".format(p=P()))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:.2f} {:,} {:x} {:08.3f}".format(3.14159, 10 ** 6, 255, 2.5))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{0:{1}}|".format("w", 5))
template = "Dear {title} {last},"
print(template.format(title="Dr.", last="Who"))
print("{}".format([1, 2]), "{}".format(None))
args = ("a", "b")
kwargs = {"sep": "-"}
print("{}{sep}{}".format(*args, **kwargs))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
