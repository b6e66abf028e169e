# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5)]:
    print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}   divmod = {divmod(a, b)}")

print(-1 // 10, -1 % 10)
print(-(7 // 2), -7 // 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(5 % -3.0, -5.0 % 3)
print(13 % 1, 2 ** -1, (-2) ** 3, -2 ** 2)
print(divmod(-17, 5), divmod(17.0, -5))
print(int(-7 / 2), round(-7 / 2), -7 // 2)
