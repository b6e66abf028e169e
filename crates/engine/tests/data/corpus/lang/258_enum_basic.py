# Enum members: names, values, iteration and lookup.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} has value {self.value}"
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, f"{Color.RED}")
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.RED in Color, Color.RED == 1, isinstance(Color.GREEN, Color), type(Color.RED), Color)
print(Color.GREEN.describe(), {Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(Color.__members__)
for c in Color:
    print(c.name, c.value)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
