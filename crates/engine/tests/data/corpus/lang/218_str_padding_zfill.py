# Padding and alignment for simple text tables.
items = [("Coffee", 3.5), ("Tea", 2.25), ("Croissant", 2.8)]
print("Menu".center(24, "="))
for name, price in items:
    print(name.ljust(16, ".") + f"${price:.2f}".rjust(8))
print("".center(24, "="))
for n in [5, -42, 123456, "+7"]:
    print(str(n).zfill(6))
print("abc".center(6), "|" + "abc".center(6, "*") + "|", "ab".rjust(1))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
