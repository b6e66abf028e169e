# Instantiating an abstract class ends the program.
from abc import ABC, abstractmethod
class Repository(ABC):
    @abstractmethod
    def save(self, item):
        ...
print("creating repository")
repo = Repository()
