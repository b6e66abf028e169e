# hex(), bin(), oct() and back.
for n in [0, 1, 10, 255, 256, -42, 2 ** 40]:
    print(n, hex(n), bin(n), oct(n))
print(int(hex(3054), 16), int(bin(77), 2), int(oct(99), 8))
print(hex(255).upper(), bin(5)[2:].zfill(8))
print(len(bin(2 ** 100)) - 2)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
