# IntEnum, StrEnum, auto() and unique.
from enum import Enum, IntEnum, StrEnum, auto, unique
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH > Priority.LOW, Priority.LOW + 1, Priority(2), sorted([Priority.HIGH, Priority.LOW]))
print(["zero", "one", "two", "three"][Priority.MEDIUM], Priority.LOW == 1, max(Priority))
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(list(Weekday), Weekday.WED.value)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper())
try:
    @unique
    class Status(Enum):
        OK = 200
        FINE = 200
except ValueError as e:
    print("ValueError:", e)
