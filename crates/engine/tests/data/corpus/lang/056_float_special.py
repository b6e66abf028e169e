# inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf * -2, inf - inf, inf * 0)
print(inf > 10 ** 300, -inf < -1e308)
print(nan == nan, nan != nan, nan > 1, nan < 1)
print(float("Infinity"), float("-INF"), float("NaN"))
print(-0.0, 0.0 == -0.0, str(-0.0))
print(1 / inf, -1 / inf)
print(max(1, inf), min(-inf, 0))
print(float(" 3.5 "), float("1_000.5"), float("-.5"), float("7."))
print(repr(inf), f"{inf:.2f}", f"{nan:8}|")
print(int(2.9), int(-2.9), round(2.5), round(3.5))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
