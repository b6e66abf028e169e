# divmod() and pow(), including modular pow.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2))
q, r = divmod(125, 60)
print(f"{q} min {r} s")
print(pow(2, 10), pow(2, -2), pow(2.5, 2), pow(-8, 3))
print(pow(3, 4, 5), pow(7, 100, 13), pow(10, 18, 7))
print(pow(2, 100), pow(0, 0), pow(-1, 1001))
print(pow(4, 0.5), (-8) ** (1 / 3) if False else "skip complex")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
