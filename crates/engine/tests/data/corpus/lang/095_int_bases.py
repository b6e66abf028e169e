# int() with a base, and literals in other bases.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("1010", 2))
print(int("0b1010", 0), int("0o17", 0), int("0x1F", 0), int("42", 0))
print(int("z", 36), int("10", 36), int("-101", 2))
print(0xFF, 0o17, 0b101, 0xdead_beef)
for text, base in [("12", 2), ("9", 8), ("g", 16), ("08", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(" 1f ", 16), int("1_0", 16))
