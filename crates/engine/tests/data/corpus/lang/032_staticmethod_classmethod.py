# @staticmethod and @classmethod.
class Temperature:
    unit = "C"
    created = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.created += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}, {cls.created} made"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f})"

print(Temperature.c_to_f(100))
t = Temperature.from_fahrenheit(212)
print(t)
print(t.c_to_f(0))
print(Temperature.describe())

class Kelvin(Temperature):
    unit = "K"

k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__)
print(Kelvin.describe(), k.describe())
