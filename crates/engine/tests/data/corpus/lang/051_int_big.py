# Integers have arbitrary precision.
print(2 ** 100)
print(3 ** 200)
print(2 ** 64 - 1, -(2 ** 63))
big = 10 ** 30 + 7
print(big, big * big)
print(big // 7, big % 7)
print(len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 1000)))
fact = 1
for i in range(1, 41):
    fact *= i
print(fact)
print(fact // (2 ** 30))
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
print(12345678901234567890 * 98765432109876543210)
print((2 ** 127 - 1) % 1000000007)
print(pow(2, 1000, 10 ** 9 + 7))
print(2 ** 62 + 2 ** 62, 2 ** 63 * 2)
print(int("123456789012345678901234567890") + 1)
print(10 ** 20 / 10 ** 18, 2 ** 70 / 2)
print(abs(-(2 ** 80)), 7 ** 0, 0 ** 0)
print(1_000_000 * 1_000_000)
