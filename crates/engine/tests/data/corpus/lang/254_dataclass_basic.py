# A basic dataclass: generated __init__, __repr__ and __eq__.
from dataclasses import dataclass, field, asdict, astuple, fields, replace
@dataclass
class Book:
    title: str
    author: str
    pages: int = 0
    tags: list = field(default_factory=list)
b = Book("Dune", "Herbert", 412)
b.tags.append("sci-fi")
print(b)
print(b == Book("Dune", "Herbert", 412, ["sci-fi"]), b == Book("Dune", "Herbert"))
print(asdict(b), astuple(b))
print([f.name for f in fields(Book)], replace(b, pages=500))
library = [Book("B", "x", 10), Book("A", "y", 30)]
print(sorted(library, key=lambda bk: bk.title), Book("Empty", "?").tags is not Book("Other", "?").tags)
try:
    Book("No author")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
