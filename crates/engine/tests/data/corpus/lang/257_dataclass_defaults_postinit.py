# Defaults, init=False fields, __post_init__ and inheritance.
from dataclasses import dataclass, field
@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    label: str = "rect"
    def __post_init__(self):
        self.area = self.width * self.height
print(Rectangle(2, 3.5), Rectangle(1, 1, "unit"))
@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"
@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)
rex = Dog("Rex")
rex.tricks.append("sit")
print(rex, rex.speak(), Animal("cat").speak())
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
