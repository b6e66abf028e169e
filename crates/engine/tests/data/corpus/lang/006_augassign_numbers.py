# Augmented assignment with every arithmetic and bitwise operator.
x = 10
x += 5
print("+=", x)
x -= 3
print("-=", x)
x *= 4
print("*=", x)
x //= 5
print("//=", x)
x %= 7
print("%=", x)
x **= 3
print("**=", x)
x /= 4
print("/=", x)

y = 0b1100
y &= 0b1010
print("&=", y)
y |= 0b0001
print("|=", y)
y ^= 0b1111
print("^=", y)
y <<= 3
print("<<=", y)
y >>= 2
print(">>=", y)

f = 1.5
f *= 2
f -= 0.25
print(f)

neg = -7
neg //= 2
print(neg)
neg = -7
neg %= 3
print(neg)
