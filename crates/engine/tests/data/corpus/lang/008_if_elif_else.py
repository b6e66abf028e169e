# if / elif / else, truthiness of common values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 7, 100):
    print(n, classify(n))

for value in (0, 1, "", "x", [], [0], {}, None, 0.0, (), ()):
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

temp = 21
if temp > 25:
    print("hot")
if 18 <= temp <= 25:
    print("pleasant")
if not temp % 2:
    print("even")
else:
    print("odd")

# Nested ifs
grade = 83
if grade >= 60:
    if grade >= 80:
        print("pass with merit")
    else:
        print("pass")
