# str() and int() conversions.
print(str(42), str(-7), str(3.0), str(True), str(None), str([1, "a"]))
print(int("42"), int("-17"), int("  8  "), int("+5"), int("1_000"))
print(int(3.9), int(-3.9), int(True), int("007"))
print(str(10 ** 20), int("9" * 25) + 1)
for text in ["12", "1.5", "abc", "", " 3 4", "0x10"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(str(), int(), repr(str(1.10)))
