# typing.NamedTuple: namedtuples declared with class syntax.
from typing import NamedTuple, List
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def distance_to(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
class Order(NamedTuple):
    id: int
    items: List[str]
    paid: bool = False
a, b = Point(0, 0), Point(3, 4)
print(a, b, a.distance_to(b), b._asdict(), Point._fields, Point._field_defaults)
orders = [Order(2, ["tea"]), Order(1, ["cake", "coffee"], True)]
for o in sorted(orders):
    print(o.id, ", ".join(o.items), "paid" if o.paid else "due")
x, y = b
print(x + y, b == (3, 4), b._replace(y=0), len(orders[1]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Point())
