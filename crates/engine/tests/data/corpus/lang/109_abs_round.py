# abs() and round().
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True))
print(abs(-10 ** 30))
print(round(3.7), round(-3.7), round(3.14159, 2), round(2.5), round(-2.5))
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__, round(2.7, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 1), type(round(7, 1)).__name__)
print(round(0.1 + 0.2, 1), round(1 / 3, 4), round(123.456, -1))
print(round(1e16 + 1.0), round(float("1e-20"), 25))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
