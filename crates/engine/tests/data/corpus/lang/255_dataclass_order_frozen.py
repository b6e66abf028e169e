# Ordered and frozen dataclasses.
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test")]
print(sorted(tasks), min(tasks).name, Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    def add(self, other):
        return Money(self.amount + other.amount, self.currency)
wallet = {Money(5): "five", Money(10, "USD"): "ten dollars"}
print(Money(2).add(Money(3)), wallet[Money(5)], Money(5) == Money(5))
try:
    Money(1).amount = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
