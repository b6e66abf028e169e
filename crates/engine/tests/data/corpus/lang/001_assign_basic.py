# Plain assignment: names, rebinding, and chained targets.
x = 1
y = x
x = x + 1
print(x, y)

a = b = c = 0
print(a, b, c)

# Chained assignment shares ONE object between all targets.
first = second = []
first.append("shared")
print(first, second, first is second)

# Rebinding one name does not affect the other.
first = ["new"]
print(first, second)

# Assignment is evaluated right-hand side first.
n = 10
n = n * 2 + n
print(n)

label = "total"
label = label + ":" + str(n)
print(label)
