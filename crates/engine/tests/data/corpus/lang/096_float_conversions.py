# float() from strings and numbers.
print(float("3.14"), float("-2"), float("1e3"), float(".5"), float("5."))
print(float(7), float(-0), float(2 ** 60))
print(float("  -1.25\n"), float("inf"), float("-Infinity"))
for text in ["abc", "1.2.3", "", "1,5"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.5])
except TypeError as e:
    print("TypeError:", e)
print(float(), float("0.1") + float("0.2"), float("1_000.000_1"))
print(float("123456789012345678901234567890"))
