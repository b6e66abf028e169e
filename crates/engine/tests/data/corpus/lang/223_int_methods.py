# Methods of int.
n = 1000
print(n.bit_length(), n.bit_count(), (-n).bit_count(), n.as_integer_ratio(), n.to_bytes(2, "big"), n.to_bytes(4, "little"))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xe8\x03", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
for value, size in [(256, 1), (-1, 1)]:
    try:
        value.to_bytes(size, "big")
    except OverflowError as e:
        print("OverflowError:", e)
print(int("ff", 16), int("0b1010", 0), int("  42  "), int("1_000"), int("z", 36), int(True))
print(2 ** 100, (2 ** 100).bit_length(), 7 // -2, -7 % 3, divmod(-7, 2), pow(3, -1, 7))
