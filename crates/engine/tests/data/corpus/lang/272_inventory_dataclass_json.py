# An inventory: dataclasses, JSON round trip and Counter totals.
import json
from dataclasses import dataclass, asdict, field
from collections import Counter
@dataclass
class Item:
    sku: str
    name: str
    qty: int = 0
    price: float = 0.0
    tags: list = field(default_factory=list)
    def value(self):
        return self.qty * self.price
stock = [Item("A1", "widget", 10, 2.5, ["small"]), Item("B2", "gadget", 3, 10.0), Item("C3", "gizmo", 0, 7.25, ["new", "small"])]
text = json.dumps([asdict(i) for i in stock], indent=2)
print(text)
loaded = [Item(**d) for d in json.loads(text)]
print(loaded == stock, sum(i.value() for i in loaded))
tags = Counter(t for i in loaded for t in i.tags)
print(tags, [i.name for i in loaded if not i.qty])
