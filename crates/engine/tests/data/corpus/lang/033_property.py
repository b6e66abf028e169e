# @property with a setter that validates.
class Circle:
    def __init__(self, radius):
        self.radius = radius      # goes through the setter

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._radius = value

    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)

c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)

try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c.radius)

try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)

class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

p = Person("Grace", "Hopper")
print(p.full_name)
p.first = "G."
print(p.full_name)
