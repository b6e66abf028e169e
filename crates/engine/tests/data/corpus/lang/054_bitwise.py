# Bitwise operators on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(~0, ~-1, ~5)
print(-5 & 0xFF, -1 & 0xFFFF)
print(5 & -2, 5 | -8, -5 ^ 3)
print(1 << 100)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
print(True & False, True | False, True ^ True)
print((255).bit_length(), (256).bit_length(), (0).bit_length())
