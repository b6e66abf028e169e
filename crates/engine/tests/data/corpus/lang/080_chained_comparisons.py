# Chained comparisons evaluate each operand once.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1 == 1.0, 1 < 2 > 1, 3 > 2 > 1 > 0)
print(1 < 3 < 2, "a" < "b" < "c", [1] < [2] < [3])

def show(v):
    print("eval", v)
    return v

print(show(1) < show(2) < show(3))
print(show(3) < show(2) < show(1))
age = 25
print(18 <= age < 65)
print(x == 5 != 6, x != 5 == 5)
print(1 < 2 in [2], 2 in [2] == True)
print("abc" < "abd", "Z" < "a", "apple" < "apples", "" < "a")
print((1, 2) < (1, 2, 3) <= (1, 3))
