# Looking up an enum by a value it does not have ends the program.
from enum import Enum
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
print(Status("active"))
print(Status("deleted"))
