# zfill / center / ljust / rjust.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "3.5".zfill(6))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "odd".center(6) + "]", "[" + "odd".center(8, "-") + "]")
print("[" + "left".ljust(8) + "]", "[" + "right".rjust(8) + "]")
print("[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4, "0") + "]")
print("[" + "toolong".ljust(3) + "]", "[" + "toolong".center(2) + "]")
for item, price in [("tea", 2.5), ("coffee", 3.25), ("water", 1)]:
    print(item.ljust(10, ".") + f"{price:.2f}".rjust(7))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
