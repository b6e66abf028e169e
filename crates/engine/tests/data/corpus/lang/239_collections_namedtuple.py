# namedtuple: tuples with field names.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p == (3, 4), len(p), list(p))
x, y = p
print(x * y, Point._fields, p._asdict(), p._replace(x=10), Point._make([7, 8]))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [Employee("ann", "eng", 90000), Employee("bob", "ops"), Employee("cid", "eng", 70000)]
for e in sorted(staff, key=lambda e: e.salary):
    print(f"{e.name:5} {e.dept:4} {e.salary:>7,}")
print(max(staff, key=lambda e: e.salary).name, {Point(0, 0): "origin"}[Point(0, 0)])
print(repr(Point), Employee._field_defaults, p + (5,))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
