# Methods of float and the details of float formatting.
for x in [0.5, 0.1, 2.5, -0.0, 1e-310, 3.0]:
    print(x, x.hex(), x.as_integer_ratio(), x.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.fffffffffffffp1023"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-1.5), round(1234.5678, -2))
print(0.1 + 0.2, 1 / 3, 1e16, 1e-5, 123456789.0 * 1e10, float("inf"), -float("inf"))
print(float("  -2.5e-3 "), float("1_000.25"), float(True), 10 / 4, 7.0 // 2, -7.5 % 2)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float.fromhex("0xz")
except ValueError as e:
    print("ValueError:", e)
